x = None
del x[0]
