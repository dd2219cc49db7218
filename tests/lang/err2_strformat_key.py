"{a}".format(b=1)
