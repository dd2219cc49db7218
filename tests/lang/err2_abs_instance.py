class A:
    pass
x = abs(A())
