class A:
    def __iadd__(self, o):
        self.v = o
        return self
a = A()
a += 5
print(a.v)
a -= 1
