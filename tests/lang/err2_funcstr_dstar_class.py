class A:
    pass
A(**5)
