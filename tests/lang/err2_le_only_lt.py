class A:
    def __lt__(self, o):
        return True
print(sorted([A(), A()]) is not None)
A() <= A()
