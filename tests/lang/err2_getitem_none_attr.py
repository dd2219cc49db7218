class A:
    __getitem__ = None
A()[0]
