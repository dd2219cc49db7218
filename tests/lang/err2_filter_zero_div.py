x = filter(lambda v: 1 / v, [1, 0])
print(next(x))
next(x)
