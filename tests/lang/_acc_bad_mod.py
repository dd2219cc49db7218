print("bad mod loading")
x = 1 / 0
