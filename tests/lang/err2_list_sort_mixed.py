x = [3, None, 1]
x.sort()
