class A:
    pass
x = ",".join([A()])
