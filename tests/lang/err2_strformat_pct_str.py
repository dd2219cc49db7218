print("{:%}".format("a"))
