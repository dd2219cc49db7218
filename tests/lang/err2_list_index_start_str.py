x = [1, 2]
x.index(1, "a")
