def t0():
    log = []
    def it(name, n):
        for i in range(n):
            log.append((name, i))
            yield i
        log.append((name, "end"))
    r = list(zip(it("a", 2), it("b", 5)))
    return r, log
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    log = []
    def it(name, n):
        for i in range(n):
            log.append((name, i))
            yield i
        log.append((name, "end"))
    r = list(zip(it("a", 5), it("b", 2)))
    return r, log
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    log = []
    def it(name, n):
        for i in range(n):
            log.append((name, i))
            yield i
        log.append((name, "end"))
    r = list(map(lambda x, y: x + y, it("a", 3), it("b", 2)))
    return r, log
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    log = []
    def pred(x):
        log.append(x)
        return x > 2
    return any(pred(x) for x in range(10)), log
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    log = []
    def pred(x):
        log.append(x)
        return x < 2
    return all(map(pred, range(10))), log
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    def key(x):
        if x == 3:
            raise ValueError("bad key %d" % x)
        return -x
    try:
        sorted([1, 2, 3, 4], key=key)
    except ValueError as e:
        return str(e)
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    class Bad:
        def __repr__(self):
            raise RuntimeError("repr failed")
    try:
        print([1, Bad()])
    except RuntimeError as e:
        return str(e)
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    def g():
        yield "a"
        raise ValueError("mid-join")
    try:
        "".join(g())
    except ValueError as e:
        return str(e)
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    out = []
    def g():
        for i in range(5):
            out.append(i)
            yield i
    try:
        list(x / (2 - x) for x in g())
    except ZeroDivisionError as e:
        return str(e), out
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    it = iter(range(10))
    first = []
    for x in it:
        first.append(x)
        if x == 3:
            break
    return first, list(it)
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    it = iter([1, 2, 3, 4, 5, 6])
    return list(zip(it, it, it))
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    it = iter("abcdefg")
    return [next(it) + c for c in it]
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    d = {"a": 1, "b": 2}
    it = iter(d)
    next(it)
    d["c"] = 3
    try:
        next(it)
    except RuntimeError as e:
        return str(e)
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    l = [1, 2, 3]
    it = iter(l)
    next(it)
    l.append(4)
    l.insert(0, 0)
    return list(it)
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    l = [1, 2, 3]
    it = reversed(l)
    next(it)
    l.pop()
    return list(it)
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    s = {1, 2}
    it = iter(s)
    next(it)
    s.add(3)
    try:
        next(it)
    except RuntimeError as e:
        return str(e)
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    e = enumerate(iter([5, 6, 7]))
    next(e)
    return list(e)
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    g = (x * x for x in range(5))
    return 4 in g, list(g)
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    m = map(int, ["1", "2", "x", "4"])
    out = []
    try:
        for v in m:
            out.append(v)
    except ValueError as e:
        out.append(str(e))
    return out, list(m)
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    f = filter(lambda x: 10 // x, [1, 0, 5])
    out = []
    try:
        for v in f:
            out.append(v)
    except ZeroDivisionError as e:
        out.append("zde")
    return out, list(f)
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
def t20():
    r = range(3)
    i1, i2 = iter(r), iter(r)
    return next(i1), next(i1), next(i2), list(i1), list(i2)
try:
    print('#20', t20())
except Exception as ex:
    print('#20 EXC', type(ex).__name__, ex)
def t21():
    s = "abc"
    return list(enumerate(reversed(s))), list(reversed(list(enumerate(s))))
try:
    print('#21', t21())
except Exception as ex:
    print('#21 EXC', type(ex).__name__, ex)
def t22():
    lst = [3, 1, 2]
    srt = sorted(lst)
    lst.sort(key=lambda v: -v)
    return srt, lst, sorted(lst) is lst
try:
    print('#22', t22())
except Exception as ex:
    print('#22 EXC', type(ex).__name__, ex)
def t23():
    def gen():
        try:
            yield 1
            yield 2
        except GeneratorExit:
            log.append("gen exit")
            raise
    log = []
    for v in gen():
        if v == 1:
            break
    return log
try:
    print('#23', t23())
except Exception as ex:
    print('#23 EXC', type(ex).__name__, ex)
