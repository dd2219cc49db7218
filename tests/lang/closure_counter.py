# Closures: captured variables, nonlocal counters, independent instances, shared cells.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(10))
def make_pair():
    value = [0]
    state = {"n": 0}
    def get():
        return value[0], state["n"]
    def put(v):
        value[0] = v
        state["n"] += 1
    return get, put
get, put = make_pair()
put(5)
put(7)
print(get())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = accumulator()
for v in [3, 4, 5]:
    add(v)
print(total(), add(10), total())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "!"
        return inner()
    x = "changed"
    return middle()
print(outer())
def adders():
    fs = []
    for i in range(3):
        def f(x, i=i):
            return x + i
        fs.append(f)
    return fs
print([f(100) for f in adders()])
def late_adders():
    fs = []
    for i in range(3):
        def f(x):
            return x + i
        fs.append(f)
    return fs
print([f(100) for f in late_adders()])
def memoize(fn):
    cache = {}
    def wrapped(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapped
calls = [0]
def slow_square(n):
    calls[0] += 1
    return n * n
fast = memoize(slow_square)
print(fast(4), fast(4), fast(5), calls[0])
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(90))
def shared():
    n = 0
    def a():
        nonlocal n
        n += 1
        return n
    def b():
        nonlocal n
        n *= 10
        return n
    return a, b
a, b = shared()
print(a(), b(), a(), b())
