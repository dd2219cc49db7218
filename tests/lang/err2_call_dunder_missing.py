class A:
    def __call__(self, a, b):
        return a + b
A()(1)
