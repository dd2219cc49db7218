class A:
    __len__ = 5
len(A())
