class A:
    def __call__(self): pass
A()(1)
