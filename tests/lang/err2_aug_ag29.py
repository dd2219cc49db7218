x = True
x += "a"
