class A:
    @property
    def v(self):
        return 1
a = A()
a.v = 3
