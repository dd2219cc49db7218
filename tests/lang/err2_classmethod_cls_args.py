class A:
    @classmethod
    def make(cls, n):
        return cls(n)
A.make(1)
