class A:
    pass
-A()
