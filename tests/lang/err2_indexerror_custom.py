class A:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i
for v in A():
    print(v)
A()[5]
