e = ValueError("a")
del e[0]
