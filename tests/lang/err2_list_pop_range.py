x = [1, 2]
x.pop(5)
