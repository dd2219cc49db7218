class A:
    def __init__(self, **k):
        pass
A(**{"a": 1}, **{"a": 2})
