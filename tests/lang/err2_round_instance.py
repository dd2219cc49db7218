class A:
    pass
x = round(A())
