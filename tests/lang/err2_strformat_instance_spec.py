class A:
    pass
x = "{:5}".format(A())
