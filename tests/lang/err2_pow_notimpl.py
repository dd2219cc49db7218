class A:
    def __pow__(self, o):
        return NotImplemented
A() ** 2
