class B:
    def __init__(self, x):
        self.x = x
class A(B):
    def __init__(self):
        super().__init__()
A()
