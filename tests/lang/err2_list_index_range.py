x = [1, 2]
x.index(5, 0, 1)
