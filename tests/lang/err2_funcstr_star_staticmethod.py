class A:
    @staticmethod
    def s(*a):
        pass
A().s(*5)
