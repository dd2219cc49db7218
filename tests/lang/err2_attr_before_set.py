class A:
    def __init__(self):
        print(self.x)
        self.x = 1
A()
