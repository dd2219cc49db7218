x = {}
x.update([[1, 2, 3]])
