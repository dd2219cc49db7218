class A:
    @staticmethod
    def s():
        return super().x
A.s()
