class A:
    pass
x = sorted([A(), 1])
