r = range(3)
del r[0]
