x = set()
x.intersection([[1]])
