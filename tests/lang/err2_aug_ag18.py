x = [1]
x += None
