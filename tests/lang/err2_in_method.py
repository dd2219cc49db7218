class A:
    def m(self): pass
x = 1 in A().m
