class A:
    pass
x = "%d" % A()
