format(None, ">5")
