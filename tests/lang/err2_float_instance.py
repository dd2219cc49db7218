class A:
    pass
x = float(A())
