class A(object):
    pass
class B(A):
    def __init__(self):
        super().__init__(1)
B()
