def t0():
    def f(*a):
        return a
    return f(*(x for x in range(3))), f(*{"k": 1, "j": 2}), f(*"ab", *[1]), f(*range(2), 5, *())
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    def f(a, b, c):
        return a, b, c
    args = [1, 2]
    return f(*args, 3), f(3, *args), f(*args, c=9), f(b=2, *[1], c=3)
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    def f(**kw):
        return list(kw)
    return f(b=1, a=2, **{"d": 3}, c=4)
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    def f(a, **kw):
        return a, kw
    try:
        f(1, **{"a": 2})
    except TypeError as e:
        return str(e)
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    def f(**kw):
        return kw
    try:
        f(**{"a": 1}, **{"a": 2})
    except TypeError as e:
        return str(e)
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    def f(**kw):
        return kw
    d = {"x": 1}
    r = f(**d)
    r["y"] = 2
    return d, r
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    def f(*args):
        args = args + (1,)
        return args
    t = (0,)
    return f(*t), t
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    def f(a, b=2, *args, c, d=4, **kw):
        return a, b, args, c, d, kw
    return f(1, c=3), f(1, 2, 3, 4, c=5, e=6)
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    def f(a, b=2, *args, c, d=4, **kw):
        return a
    try:
        f(1)
    except TypeError as e:
        return str(e)
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    def f(a, *, b, c):
        return a
    try:
        f(1)
    except TypeError as e:
        return str(e)
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    def f(x, y):
        return x - y
    return f(y=1, x=5), f(5, y=1)
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    print(*[1, 2], sep="-", end="")
    print()
    return "done"
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
