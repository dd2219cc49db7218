class A:
    def __truediv__(self, o):
        raise ZeroDivisionError("custom div")
A() / 1
