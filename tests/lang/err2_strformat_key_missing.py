print("{a[x]}".format(a={}))
