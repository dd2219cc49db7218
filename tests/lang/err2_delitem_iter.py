x = iter([1])
del x[0]
