class A:
    @property
    def p(self): return 1
A().p()
