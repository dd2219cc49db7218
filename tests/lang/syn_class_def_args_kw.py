class A(x=):
    pass
