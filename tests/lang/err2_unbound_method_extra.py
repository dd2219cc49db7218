class A:
    def f(self):
        pass
A.f(1, 2)
