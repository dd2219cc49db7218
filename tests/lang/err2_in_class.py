class A:
    pass
x = 1 in A
