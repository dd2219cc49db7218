class A:
    pass
a, b = A()
