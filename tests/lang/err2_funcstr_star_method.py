class A:
    def m(self, *a):
        pass
A().m(*5)
