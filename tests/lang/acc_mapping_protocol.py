def t0():
    class M:
        def keys(self):
            return ["a", "b"]
        def __getitem__(self, k):
            return k.upper()
    def f(**kw):
        return kw
    return f(**M()), dict(M()), {**M(), "c": 1}
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    d = {}
    class M:
        def keys(self):
            return iter(["x"])
        def __getitem__(self, k):
            return 1
    d.update(M())
    return d
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
