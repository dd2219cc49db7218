class A:
    def __mod__(self, o):
        return NotImplemented
A() % 2
