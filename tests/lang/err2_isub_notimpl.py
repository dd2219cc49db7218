class A:
    def __sub__(self, o):
        return NotImplemented
x = A()
x -= 1
