"{a[1]}".format(a=[1])
