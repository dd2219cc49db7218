"{0}".format(*5)
