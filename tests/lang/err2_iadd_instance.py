class A:
    pass
a = A()
a += 1
