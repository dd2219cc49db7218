"{a.b}".format(a=1)
