"{0!rr}".format(1)
