class A:
    @staticmethod
    def s(x):
        return x
A.s()
