class A:
    def __add__(self):
        return 1
A() + 1
