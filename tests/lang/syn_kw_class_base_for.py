class A(for):
    pass
