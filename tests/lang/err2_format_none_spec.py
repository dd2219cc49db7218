format(None, "d")
