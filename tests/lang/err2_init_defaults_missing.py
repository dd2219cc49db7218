class A:
    def __init__(self, a, b=2, *args, **kw):
        pass
A()
