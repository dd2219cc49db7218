class A:
    pass
x = dict(A())
