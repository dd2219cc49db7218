x = [0, 0]
x[0], *y = [1, 2, 3]
print(x, y)
*z
