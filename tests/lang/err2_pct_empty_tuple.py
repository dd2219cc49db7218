print("%s" % ())
