class A:
    x = 1
a = A()
del a.x
