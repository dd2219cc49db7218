format(5, ".2")
