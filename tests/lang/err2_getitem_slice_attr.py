class A:
    def __getitem__(self, s):
        return s
print(A()[1:2])
print(A()[1:2, 3])
A()[1:2:3].foo
