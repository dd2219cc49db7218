print("{0:{1}}".format(1, "q"))
