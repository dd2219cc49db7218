def a():
    x = 0
    def b():
        nonlocal x
        def c():
            nonlocal x
            x += 1
            return x
        c(); c()
        x *= 10
        return c()
    return b(), x
print(a())
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total
    for v in range(1, 6):
        add(v)
    return total, items
print(acc())
def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
f = fib_memo()
print(f(50), f(90))
def gen_counter():
    count = 0
    def g():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return g, lambda: count
g, c = gen_counter()
print(list(g()), c())
def toggler():
    state = False
    def t():
        nonlocal state
        state = not state
        return state
    return t
t = toggler()
print([t() for _ in range(5)])
g1 = 100
def setg():
    global g1
    g1 += 1
    def inner():
        global g1
        g1 *= 2
    inner()
    return g1
print(setg(), g1)
def uses_before():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    try:
        print(zz)
    except UnboundLocalError as e:
        print("ULE:", e)
    zz = 1
uses_before()
def closure_ule():
    v = 1
    def f():
        return v
    del v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
closure_ule()
