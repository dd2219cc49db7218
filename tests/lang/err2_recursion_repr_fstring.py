class A:
    def __repr__(self):
        return f"{self!r}"
repr(A())
