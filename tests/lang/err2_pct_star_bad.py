print("%*d" % (5, 3))
print("%*d" % ("a", 3))
