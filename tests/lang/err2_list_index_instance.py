class A:
    pass
x = [1, 2][A()]
