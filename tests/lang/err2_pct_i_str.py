"%d" % True
print("%d %s %r" % (True, False, None))
"%i" % "5"
