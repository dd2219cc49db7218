class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), list(map(add5, [1, 2])))
class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", repr(e))
with CM("outer", True) as o, CM("inner") as i:
    print(o, i)
    raise IndexError("x")
print("after nested")
def f():
    with CM("ret"):
        return "returned"
print(f())
for k in range(3):
    with CM("loop%d" % k):
        if k == 1:
            continue
        if k == 2:
            break
        print("loop body", k)
class Sup:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit args", len(a), a[0] is ZeroDivisionError)
        return isinstance(a[1], ZeroDivisionError)
with Sup():
    1 / 0
print("zde suppressed")
try:
    with Sup():
        [][1]
except IndexError as e:
    print("IndexError:", e)
class Raiser:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with Raiser():
        raise ValueError("orig")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
class EnterFails:
    def __enter__(self): raise ValueError("enter failed")
    def __exit__(self, *a):
        print("should not run")
try:
    with EnterFails():
        print("no body")
except ValueError as e:
    print(e)
