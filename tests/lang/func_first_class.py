# Functions as values: passed, returned, stored, composed, applied recursively.
def apply(f, x):
    return f(x)
def twice(f):
    def g(x):
        return f(f(x))
    return g
def inc(x):
    return x + 1
def square(x):
    return x * x
print(apply(inc, 1), apply(square, 5), twice(inc)(10), twice(square)(3), twice(twice(inc))(0))
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(inc, square)(3), compose(square, inc)(3), compose()(7), compose(str, abs, inc)(-5))
table = {"inc": inc, "sq": square, "neg": lambda v: -v}
for name in sorted(table):
    print(name, table[name](4))
pipeline = [inc, square, str, len]
v = 9
for f in pipeline:
    v = f(v)
print(v)
def make_ops():
    ops = []
    for k in range(1, 4):
        def op(x, k=k):
            return x * k
        ops.append(op)
    return ops
print([op(10) for op in make_ops()])
def curry(f):
    def take_a(a):
        def take_b(b):
            return f(a, b)
        return take_b
    return take_a
def sub(a, b):
    return a - b
print(curry(sub)(10)(3), list(map(curry(sub)(100), [1, 2, 3])))
def fix(f):
    def run(x):
        return f(run, x)
    return run
fact = fix(lambda self, n: 1 if n <= 1 else n * self(n - 1))
print(fact(10))
def counter_fn():
    calls = []
    def f(*args):
        calls.append(args)
        return len(calls)
    return f, calls
f, calls = counter_fn()
f(1)
f(2, 3)
f()
print(calls)
print(sorted(["bb", "a", "ccc"], key=len), max([3, -7, 5], key=abs), list(filter(bool, [0, 1, 2])))
