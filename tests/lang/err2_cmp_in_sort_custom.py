class A:
    pass
sorted([A(), A()])
