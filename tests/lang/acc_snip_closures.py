def t0():
    def outer():
        x = 1
        def get():
            return x
        x = 2
        r1 = get()
        x = 3
        return r1, get()
    return outer()
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    def outer():
        fs = []
        for i in range(3):
            def f():
                return i
            fs.append(f)
        i = 10
        return [f() for f in fs]
    return outer()
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    def outer():
        x = "outer"
        def mid():
            def inner():
                return x
            return inner()
        return mid()
    return outer()
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    x = "module"
    def outer():
        x = "enclosing"
        def inner():
            global x
            return x
        return inner()
    return outer()
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    def outer():
        x = 0
        def inc():
            nonlocal x
            x += 1
            return x
        def dec():
            nonlocal x
            x -= 1
            return x
        return inc(), inc(), dec(), x
    return outer()
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    def outer():
        for i in range(3):
            pass
        def f():
            nonlocal i
            i *= 100
        f()
        return i
    return outer()
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    def counter_factory():
        count = 0
        def counter():
            nonlocal count
            count += 1
            return count
        return counter
    c1, c2 = counter_factory(), counter_factory()
    return c1(), c1(), c2(), c1()
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    def outer():
        try:
            raise ValueError("captured")
        except ValueError as e:
            f = lambda: str(e)
        try:
            return f()
        except NameError as ne:
            return "NameError: " + str(ne)
    return outer()
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    def make():
        def fact(n):
            return 1 if n <= 1 else n * fact(n - 1)
        return fact
    f = make()
    return f(10)
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    def outer():
        a = 1
        class Inner:
            b = a + 1
            def m(self):
                return a + self.b
        return Inner().m(), Inner.b
    return outer()
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    def outer():
        v = 5
        class C:
            v = 10
            def m(self):
                return v
        return C().m(), C.v
    return outer()
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    class C:
        y = 5
        z = 0
        w = (lambda y=y: y * 2)()
    return C.w
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    def gen_closures():
        for i in range(3):
            yield lambda: i
    return [f() for f in gen_closures()], [f() for f in list(gen_closures())]
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    def f(x):
        def g():
            return x * 2
        x += 1
        return g()
    return f(5)
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    def a():
        x = 1
        def b():
            x = 2
            def c():
                nonlocal x
                x = 3
            c()
            return x
        return b(), x
    return a()
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    def f():
        return [lambda: j for j in range(3)][0](), [(lambda k=k: k) for k in range(3)][0]()
    return f()
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    adders = {n: (lambda x, n=n: x + n) for n in range(3)}
    return adders[2](10), adders[0](10)
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    def compose(*fs):
        def h(x):
            for f in reversed(fs):
                x = f(x)
            return x
        return h
    return compose(lambda x: x + 1, lambda x: x * 2, (lambda x: x - 3))(10)
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    def memo(f):
        cache = {}
        def w(n):
            if n not in cache:
                cache[n] = f(n)
            return cache[n]
        w.cache = cache
        return w
    @memo
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(80), len(fib.cache)
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    def deco_with_args(tag):
        def deco(f):
            def wrapped(*a, **k):
                return "<%s>%s</%s>" % (tag, f(*a, **k), tag)
            return wrapped
        return deco
    @deco_with_args("b")
    @deco_with_args("i")
    def hello(name="x"):
        return "hi " + name
    return hello(), hello(name="y")
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
