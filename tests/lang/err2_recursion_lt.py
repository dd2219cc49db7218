class A:
    def __lt__(self, o):
        return self < o
A() < A()
