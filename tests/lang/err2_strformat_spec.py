"{:q}".format(3)
