class A:
    def __format__(self, spec):
        return 5
print(f"{A()}")
