class A:
    x = 1
del A().x
