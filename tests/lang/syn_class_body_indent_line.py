class A:
    x = 1
    def f(self):
        pass
    def g(self):
    return 2
