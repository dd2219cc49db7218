# with statement and user context managers: __enter__ value, __exit__ arguments, ordering.
class Tracer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, repr(exc), tb is None)
        return False
with Tracer("a") as v:
    print("body with", v)
with Tracer("b"):
    print("body without as")
with Tracer("outer") as o, Tracer("inner") as i:
    print("two managers", o, i)
with Tracer("x") as x:
    with Tracer("y") as y:
        print("nested", x, y)
try:
    with Tracer("err") as v:
        print("about to raise")
        raise ValueError("inside with")
        print("not reached")
except ValueError as e:
    print("propagated:", e)
def use_in_function():
    with Tracer("ret") as v:
        return "returned " + v
print(use_in_function())
for i in range(3):
    with Tracer("loop" + str(i)):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Resource:
    open_count = 0
    def __init__(self, label):
        self.label = label
        self.closed = False
    def __enter__(self):
        Resource.open_count += 1
        return self
    def __exit__(self, *args):
        Resource.open_count -= 1
        self.closed = True
with Resource("r1") as r:
    print(r.label, r.closed, Resource.open_count)
print(r.closed, Resource.open_count)
class ReturnsOther:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, a, b, c):
        pass
with ReturnsOther() as (first, *rest):
    print(first, rest)
