def t0():
    x = [1, 2, 3]
    for i in x:
        if i == 2:
            x.remove(i)
    return x
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    x = [1, 2, 3]
    out = []
    for i in x:
        out.append(i)
        if len(x) < 6:
            x.append(i * 10)
    return out
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    d = {1: 1}
    for k in d:
        d[k] = 2
    return d
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    s = {1, 2}
    for v in list(s):
        s.discard(v)
    return s
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    i = 0
    while i < 10:
        i += 1
        if i % 2:
            continue
        if i > 6:
            break
    else:
        return "else"
    return i
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    for i in range(3):
        for j in range(3):
            if j == 1:
                break
        else:
            return "inner else"
    else:
        return "outer else", i, j
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    r = []
    for i in range(3):
        try:
            if i == 1:
                continue
            r.append(i)
        finally:
            r.append("f")
    else:
        r.append("else")
    return r
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    def f():
        try:
            return 1
        finally:
            try:
                raise ValueError
            except ValueError:
                pass
    return f()
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    def f():
        for i in range(3):
            try:
                return i
            finally:
                if i == 0:
                    continue
    return f()
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    class A:
        def __init__(self):
            self.x = 1
        def __getattr__(self, name):
            return "dyn_" + name
    a = A()
    return a.x, a.y, getattr(a, "z"), hasattr(a, "q")
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    class B:
        def __init__(self):
            self.items = {}
        def __getitem__(self, k):
            return self.items[k]
        def __setitem__(self, k, v):
            self.items[k] = v
        def __delitem__(self, k):
            del self.items[k]
        def __len__(self):
            return len(self.items)
    b = B()
    b["a"] = 1
    b["b"] = 2
    del b["a"]
    return len(b), b.items
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    class A:
        def f(self):
            return "A.f"
    class B(A):
        def f(self):
            return "B.f+" + super(B, self).f()
    return B().f()
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    class A:
        @classmethod
        def make(cls):
            return cls.__name__
    class B(A):
        @classmethod
        def make(cls):
            return "B:" + super().make()
    return B.make(), B().make(), A.make()
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    class A:
        @property
        def p(self):
            return "A.p"
    class B(A):
        @property
        def p(self):
            return "B>" + super().p
    return B().p
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    class A:
        x = 1
        @staticmethod
        def s():
            return A.x
    class B(A):
        x = 2
    return B.s(), B().s()
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    class A:
        def __init__(self, v):
            self.v = v
        def __eq__(self, o):
            return self.v == o.v
        __hash__ = None
    return A(1) == A(1), A(1) in [A(1)]
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    class A:
        def __init__(self):
            self.data = [1, 2, 3]
        def __iter__(self):
            return iter(self.data)
    a = A()
    x, y, z = a
    return x + y + z, list(a), sorted(a, reverse=True), sum(a), min(a), max(a), 2 in a
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    class A:
        def __len__(self):
            return 3
        def __getitem__(self, i):
            if i >= 3:
                raise IndexError
            return i * 2
    return list(reversed(A())), list(A())
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    def deco(f):
        def w(*a, **k):
            return "deco(" + str(f(*a, **k)) + ")"
        return w
    @deco
    def g(x):
        return x
    return g(5)
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    x = 5
    def f():
        return x
    x = 6
    return f()
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
def t20():
    def outer():
        v = []
        def add(x):
            v.append(x)
        add(1)
        v = ["new"]
        add(2)
        return v
    return outer()
try:
    print('#20', t20())
except Exception as ex:
    print('#20 EXC', type(ex).__name__, ex)
def t21():
    fs = {}
    for name in ["a", "b"]:
        def f(n=name):
            return n
        fs[name] = f
    return fs["a"](), fs["b"]()
try:
    print('#21', t21())
except Exception as ex:
    print('#21 EXC', type(ex).__name__, ex)
def t22():
    def gen():
        x = 0
        def inc():
            nonlocal x
            x += 1
        for _ in range(3):
            inc()
            yield x
    return list(gen())
try:
    print('#22', t22())
except Exception as ex:
    print('#22 EXC', type(ex).__name__, ex)
def t23():
    a = [1, 2, 3]
    b = a[:]
    b[0] = 9
    c = a
    c[1] = 8
    return a, b
try:
    print('#23', t23())
except Exception as ex:
    print('#23 EXC', type(ex).__name__, ex)
def t24():
    a = [[0] * 3 for _ in range(2)]
    b = [[0] * 3] * 2
    a[0][0] = 1
    b[0][0] = 1
    return a, b
try:
    print('#24', t24())
except Exception as ex:
    print('#24 EXC', type(ex).__name__, ex)
def t25():
    t = (1, [2])
    t[1].append(3)
    return t
try:
    print('#25', t25())
except Exception as ex:
    print('#25 EXC', type(ex).__name__, ex)
def t26():
    t = (1, [2])
    try:
        t[1] += [3]
    except TypeError as e:
        return str(e), t
try:
    print('#26', t26())
except Exception as ex:
    print('#26 EXC', type(ex).__name__, ex)
def t27():
    s = "abc"
    try:
        s[0] = "z"
    except TypeError as e:
        return str(e)
try:
    print('#27', t27())
except Exception as ex:
    print('#27 EXC', type(ex).__name__, ex)
def t28():
    x = 10
    def f():
        print(x)
        x = 5
    f()
try:
    print('#28', t28())
except Exception as ex:
    print('#28 EXC', type(ex).__name__, ex)
def t29():
    def f():
        return [x for x in range(3)], x
    x = "g"
    return f()
try:
    print('#29', t29())
except Exception as ex:
    print('#29 EXC', type(ex).__name__, ex)
def t30():
    lst = [3, 1, 2]
    lst.sort(reverse=True)
    lst2 = sorted(lst, key=lambda v: v % 2)
    return lst, lst2
try:
    print('#30', t30())
except Exception as ex:
    print('#30 EXC', type(ex).__name__, ex)
def t31():
    a = b = c = 0
    a += 1
    return a, b, c
try:
    print('#31', t31())
except Exception as ex:
    print('#31 EXC', type(ex).__name__, ex)
def t32():
    d = {}
    d.setdefault("k", []).append(1)
    d.setdefault("k", []).append(2)
    return d
try:
    print('#32', t32())
except Exception as ex:
    print('#32 EXC', type(ex).__name__, ex)
def t33():
    from math import sqrt as s, floor
    return s(16), floor(2.7)
try:
    print('#33', t33())
except Exception as ex:
    print('#33 EXC', type(ex).__name__, ex)
def t34():
    import random as r
    r.seed(1)
    return r.randint(1, 100)
try:
    print('#34', t34())
except Exception as ex:
    print('#34 EXC', type(ex).__name__, ex)
def t35():
    total = 0
    for i, c in enumerate("hello", start=1):
        total += i * ord(c)
    return total
try:
    print('#35', t35())
except Exception as ex:
    print('#35 EXC', type(ex).__name__, ex)
def t36():
    x = 0
    def f():
        global x
        x = x + 1
        return x
    f(); f()
    return x
try:
    print('#36', t36())
except Exception as ex:
    print('#36 EXC', type(ex).__name__, ex)
def t37():
    n = 0
    while True:
        n += 1
        if n >= 3:
            break
    return n
try:
    print('#37', t37())
except Exception as ex:
    print('#37 EXC', type(ex).__name__, ex)
def t38():
    try:
        pass
    except:
        return "no"
    else:
        return "else"
    finally:
        print("fin")
try:
    print('#38', t38())
except Exception as ex:
    print('#38 EXC', type(ex).__name__, ex)
def t39():
    try:
        raise ValueError("v")
    except:
        return "bare except caught"
try:
    print('#39', t39())
except Exception as ex:
    print('#39 EXC', type(ex).__name__, ex)
def t40():
    try:
        [][0]
    except (IndexError, KeyError) as e:
        return type(e).__name__, str(e)
try:
    print('#40', t40())
except Exception as ex:
    print('#40 EXC', type(ex).__name__, ex)
def t41():
    e = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        e = err
    return type(e).__name__, e.args
try:
    print('#41', t41())
except Exception as ex:
    print('#41 EXC', type(ex).__name__, ex)
def t42():
    def g():
        yield 1
        yield 2
    it = g()
    a = next(it)
    rest = list(it)
    return a, rest, list(it)
try:
    print('#42', t42())
except Exception as ex:
    print('#42 EXC', type(ex).__name__, ex)
def t43():
    squares = {x: x * x for x in range(5) if x % 2 == 0}
    return squares, {v for v in squares.values()}
try:
    print('#43', t43())
except Exception as ex:
    print('#43 EXC', type(ex).__name__, ex)
def t44():
    m = [[1, 2, 3], [4, 5, 6]]
    return [list(r) for r in zip(*m)], [[row[i] for row in m] for i in range(3)]
try:
    print('#44', t44())
except Exception as ex:
    print('#44 EXC', type(ex).__name__, ex)
def t45():
    s = 0
    for x in range(100):
        if x % 3 == 0 or x % 5 == 0:
            s += x
    return s
try:
    print('#45', t45())
except Exception as ex:
    print('#45 EXC', type(ex).__name__, ex)
def t46():
    words = "a bb a ccc bb a".split()
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
try:
    print('#46', t46())
except Exception as ex:
    print('#46 EXC', type(ex).__name__, ex)
def t47():
    def f(*args, **kwargs):
        return args, kwargs
    return f(1, *[2, 3], x=1, **{"y": 2})
try:
    print('#47', t47())
except Exception as ex:
    print('#47 EXC', type(ex).__name__, ex)
def t48():
    def f(a, *, b):
        return a, b
    return f(1, b=2)
try:
    print('#48', t48())
except Exception as ex:
    print('#48 EXC', type(ex).__name__, ex)
def t49():
    x = [1, 2, 3]
    del x[0], x[0]
    return x
try:
    print('#49', t49())
except Exception as ex:
    print('#49 EXC', type(ex).__name__, ex)
def t50():
    x = {"a": 1, "b": 2}
    del x["a"]
    return x
try:
    print('#50', t50())
except Exception as ex:
    print('#50 EXC', type(ex).__name__, ex)
def t51():
    class C:
        def __init__(self):
            self.a = 1
    c = C()
    del c.a
    return hasattr(c, "a")
try:
    print('#51', t51())
except Exception as ex:
    print('#51 EXC', type(ex).__name__, ex)
def t52():
    s = 0
    for i in range(1, 6):
        s += i ** 2
    else:
        s = -s
    return s
try:
    print('#52', t52())
except Exception as ex:
    print('#52 EXC', type(ex).__name__, ex)
def t53():
    def f(x):
        if x:
            return "yes"
    return f(0), f(1)
try:
    print('#53', t53())
except Exception as ex:
    print('#53 EXC', type(ex).__name__, ex)
def t54():
    def f():
        pass
    return f(), (lambda: None)()
try:
    print('#54', t54())
except Exception as ex:
    print('#54 EXC', type(ex).__name__, ex)
def t55():
    return (lambda *a: a)(1, 2), (lambda **k: k)(a=1)
try:
    print('#55', t55())
except Exception as ex:
    print('#55 EXC', type(ex).__name__, ex)
def t56():
    return [i for i in range(3)][-1], (i for i in range(3)).__class__.__name__
try:
    print('#56', t56())
except Exception as ex:
    print('#56 EXC', type(ex).__name__, ex)
def t57():
    a, b = 1, 2
    a, b = b, a + b
    return a, b
try:
    print('#57', t57())
except Exception as ex:
    print('#57 EXC', type(ex).__name__, ex)
def t58():
    x = 5
    x = x if x > 3 else 0
    return x
try:
    print('#58', t58())
except Exception as ex:
    print('#58 EXC', type(ex).__name__, ex)
def t59():
    lst = []
    lst.append(lst)
    return len(lst), lst[0] is lst
try:
    print('#59', t59())
except Exception as ex:
    print('#59 EXC', type(ex).__name__, ex)
