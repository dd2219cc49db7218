class A:
    pass
x = ~A()
