print("{a[0]}".format(a=[]))
