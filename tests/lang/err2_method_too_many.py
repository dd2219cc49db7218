class A:
    def m(self, x):
        pass
A().m(1, 2)
