class A:
    def __init__(self):
        self.v = None
a = A()
a.v += 1
