def t0():
    class C:
        pass
    c = C()
    seen = []
    for c.x in range(3):
        seen.append(c.x)
    return seen, c.x
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    d = {}
    for d["k"] in "ab":
        pass
    return d
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    a = [0, 0]
    out = []
    for a[0], a[1] in [(1, 2), (3, 4)]:
        out.append(list(a))
    return out, a
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    class C:
        pass
    c = C()
    class CM:
        def __enter__(self):
            return 42
        def __exit__(self, *a):
            pass
    with CM() as c.val:
        pass
    return c.val
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    x = [1, 2, 3]
    x[1:2] = (7, 8, 9)
    return x
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    x = [1, 2, 3]
    x[::-1] = "abc"
    return x
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    i = 0
    l = [10, 20, 30]
    i, l[i] = 2, 99
    return i, l
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    l = [10, 20, 30]
    l[0], l[l[0] // 10] = 1, 2
    return l
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    x, y = y_, x_ = 1, 2
    return x, y, y_, x_
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    (a, b), (c, d) = "ab", [3, 4]
    return a, b, c, d
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    [a, [b, *c]] = [1, [2, 3, 4]]
    return a, b, c
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    *a, = range(3)
    return a
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
        pass
    return i, a, b
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    def gen():
        yield from zip("ab", [1, 2])
    return dict(gen())
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    n = 0
    for _ in range(3):
        for _ in range(2):
            n += 1
    return n, _
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    x = 5
    del x
    x = 6
    return x
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    d = {"a": [1, 2]}
    del d["a"][0]
    return d
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    class C:
        def __init__(self):
            self.items = [1, 2, 3]
    c = C()
    del c.items[1:]
    return c.items
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    l = list(range(10))
    del l[1], l[2]
    return l
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
