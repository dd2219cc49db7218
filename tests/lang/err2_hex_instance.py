class A:
    pass
x = hex(A())
