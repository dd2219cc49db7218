class A:
    def m(self, **k):
        pass
A().m(**{"a": 1}, **{"a": 2})
