class A:
    def __enter__(self, x):
        return self
    def __exit__(self, *a):
        pass
with A():
    pass
