class A:
    def __getattr__(self, n):
        raise AttributeError(n + "!")
A().x
