x = 1
print
print "hello", x
