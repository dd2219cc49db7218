class A:
    pass
x = int(A())
