class A:
    def f(self):
        return self.g()
A().f()
