class A:
    def __setattr__(self, k, v):
        raise AttributeError("read-only: " + k)
a = A()
a.x = 1
