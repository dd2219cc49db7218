class A:
    pass
x = format(A(), "d")
