class A:
    def __eq__(self, o): return NotImplemented
print(A() == 1)
A() <= A()
