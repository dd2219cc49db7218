class A:
    def m(self, a, b):
        pass
A().m(b=1)
