print("%s %s" % "ab")
