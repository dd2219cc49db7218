"{:{}".format(1, 2)
