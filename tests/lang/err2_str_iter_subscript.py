iter("a")[0]
