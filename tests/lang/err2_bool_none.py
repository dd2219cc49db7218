class A:
    def __bool__(self):
        return None
not A()
