class A:
    def __add__(self, o): return NotImplemented
A() + 1
