print("abc" % 5)
