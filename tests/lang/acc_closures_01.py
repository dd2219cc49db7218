# closures in loops, late binding, default capture, nonlocal
fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i * 10 for i in range(4)]
print([f() for f in fs])
def make():
    out = []
    for k in "abc":
        def g(k=k):
            return k.upper()
        out.append(g)
    return out
print([g() for g in make()])
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc(), get())
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        r = inner()
        return r, x
    r = mid()
    return r, x
print(outer())
def cells():
    fns = []
    for i in range(3):
        def mk(j):
            return lambda: j * j
        fns.append(mk(i))
    return [f() for f in fns]
print(cells())
def shared():
    v = []
    def add(x):
        v.append(x)
        return len(v)
    def show():
        return list(v)
    return add, show
a, s = shared()
a(1); a(2)
print(s(), a.__name__, s.__name__)
x = "global"
def shadow():
    x = "local"
    def f():
        return x
    x = "changed"
    return f()
print(shadow())
def late():
    res = [lambda: n for n in range(3)]
    return [r() for r in res]
print(late())
gen = (lambda: q for q in range(3))
print([g() for g in list(gen)])
