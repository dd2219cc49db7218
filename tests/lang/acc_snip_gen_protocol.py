def t0():
    def inner():
        yield 1
        yield 2
    def outer():
        try:
            yield from inner()
        except ValueError as e:
            yield "outer caught " + str(e)
    g = outer()
    next(g)
    return g.throw(ValueError("v")), list(g)
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    def g():
        try:
            yield 1
        except ValueError as e:
            yield repr(e)
    it = g()
    next(it)
    return it.throw(ValueError)
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    def g():
        yield 1
    it = g()
    list(it)
    try:
        it.throw(KeyError("after end"))
    except KeyError as e:
        return "raised", repr(e)
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    def g():
        yield 1
    it = g()
    try:
        it.throw(IndexError("unstarted"))
    except IndexError as e:
        return repr(e), list(it)
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    def g():
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError:
                print("recovering")
    it = g()
    next(it)
    it.send(1)
    it.throw(ValueError)
    it.send(2)
    it.close()
    return "ok"
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    def inner():
        try:
            yield 1
        finally:
            print("inner finally")
    def outer():
        try:
            yield from inner()
        finally:
            print("outer finally")
    g = outer()
    next(g)
    try:
        g.throw(TypeError("t"))
    except TypeError as e:
        return "propagated", str(e)
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    def inner():
        x = yield 1
        while True:
            x = yield x * 2
    def outer():
        yield from inner()
    g = outer()
    return next(g), g.send(5), g.send(7), g.send(0)
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    def inner():
        try:
            yield 1
        except GeneratorExit:
            print("inner got GeneratorExit")
            raise
    def outer():
        yield from inner()
    g = outer()
    next(g)
    g.close()
    return "closed"
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    class It:
        def __init__(self):
            self.n = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.n += 1
            if self.n > 3:
                raise StopIteration
            return self.n
    def outer():
        r = yield from It()
        yield ("ret", r)
    return list(outer())
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    def g():
        r = yield from [1, 2]
        yield r
    return list(g())
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    def g():
        yield 1
        return 2
    def h():
        a = yield from g()
        b = yield from g()
        return a + b
    x = h()
    out = list(x)
    try:
        next(x)
    except StopIteration as e:
        return out, e.value
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    def accum():
        total = 0
        while True:
            v = yield total
            if v is None:
                break
            total += v
        return total
    def driver():
        results = []
        while True:
            r = yield from accum()
            results.append(r)
            if len(results) == 2:
                return results
    d = driver()
    next(d)
    for v in [1, 2, None, 10, None]:
        try:
            d.send(v)
        except StopIteration as e:
            return e.value
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    def g():
        try:
            yield 1
        finally:
            yield "in finally"
    it = g()
    next(it)
    try:
        it.close()
    except RuntimeError as e:
        return str(e)
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    def g():
        x = yield
        yield x
    it = g()
    it.send(None)
    return it.send("hello")
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    def g():
        yield 1
    it = g()
    return type(it).__name__, iter(it) is it, hasattr(it, "send"), hasattr(it, "__next__")
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
