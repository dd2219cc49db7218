class A:
    def __init__(self, x):
        pass
class B(A):
    pass
B()
