class A:
    def __repr__(self):
        raise ValueError("no repr")
print([1, A()])
