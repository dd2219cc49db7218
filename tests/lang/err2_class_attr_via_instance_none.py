class A:
    x = None
A().x.y
