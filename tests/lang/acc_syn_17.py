print("never")
print "x"
