s = {1}
del s[0]
