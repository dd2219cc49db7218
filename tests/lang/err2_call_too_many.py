class A:
    def __call__(self, x, y):
        return 1
A()(1, 2, 3)
