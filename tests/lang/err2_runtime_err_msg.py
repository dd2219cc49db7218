raise RuntimeError("something went wrong: %s" % [1, 2])
