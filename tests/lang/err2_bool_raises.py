class A:
    def __bool__(self):
        raise ValueError("no bool")
if A():
    pass
