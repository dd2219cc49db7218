class A:
    pass
x = max(A(), A())
