class A:
    @classmethod
    def c(cls, *a):
        pass
A.c(*5)
