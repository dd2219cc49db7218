class A:
    def __radd__(self, o):
        return "r"
print(1 + A())
A() + 1
