class A:
    pass
del A()[0]
