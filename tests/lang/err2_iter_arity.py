class A:
    def __iter__(self, x):
        return iter([])
for i in A():
    pass
