x = "abc"
del x[0]
