class A:
    @classmethod
    def c(cls): pass
A.c(1)
