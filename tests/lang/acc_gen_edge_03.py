def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def polite():
    try:
        yield 1
    except GeneratorExit:
        print("exiting politely")
        raise
g = polite(); next(g); g.close(); print("closed ok")
def ret_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
g = ret_in_finally(); next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
g = ret_in_finally()
print(list(g))
def never_started():
    print("body ran")
    yield 1
g = never_started()
g.close()
print("closed unstarted", list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
def lazy(n):
    print("lazy start", n)
    yield n
gx = (v for v in lazy(1))
print("genexp made")
print(list(gx))
def counter():
    i = 0
    while True:
        cmd = yield i
        if cmd == "reset":
            i = 0
        elif cmd == "stop":
            return i
        else:
            i += 1
c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
def gen_with_with():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return False
    with CM():
        yield "inside"
        yield "still inside"
    yield "outside"
for v in gen_with_with():
    print(v)
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("handled", repr(e))
        return "done after throw"
g = thrower(); next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration", e.value)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
print(list(take(5, fib())), list(take(0, fib())))
def nested_gen():
    def inner():
        yield from range(3)
        return "inner-ret"
    r = yield from inner()
    yield r
    yield from (c.upper() for c in "ab")
print(list(nested_gen()))
g = (i for i in range(3))
print(iter(g) is g, next(g), list(g))
def early_return(flag):
    if flag:
        return
    yield "yielded"
print(list(early_return(True)), list(early_return(False)))
def gen_exc_state():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield "in except"
        yield "still in except"
print(list(gen_exc_state()))
