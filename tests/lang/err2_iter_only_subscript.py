class A:
    def __iter__(self):
        yield 1
print(1 in A())
print(A()[0])
