class A:
    def __iadd__(self, o):
        return NotImplemented
a = A()
a += 1
