class A:
    __iter__ = None
iter(A())
