class A:
    def __repr__(self, x):
        return "a"
print([A()])
