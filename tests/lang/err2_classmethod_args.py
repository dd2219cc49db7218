class A:
    @classmethod
    def c(cls, x):
        return x
A.c(1, 2)
