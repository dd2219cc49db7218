class A:
    def __repr__(self):
        return None
repr(A())
