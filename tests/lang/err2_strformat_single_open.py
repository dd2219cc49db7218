"{".format()
