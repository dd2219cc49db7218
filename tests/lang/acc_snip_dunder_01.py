def t0():
    class RO:
        @property
        def name(self):
            return "ro"
    try:
        RO().name = "x"
    except AttributeError as e:
        return str(e)
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    class P:
        @property
        def v(self):
            return 1
    try:
        del P().v
    except AttributeError as e:
        return str(e)
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    class F:
        def __format__(self, spec):
            return "F<" + spec + ">"
    return f"{F():abc}", format(F(), "x"), "{:q}".format(F()), f"{F()}"
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    class S:
        def __getitem__(self, k):
            return k
    s = S()
    return s[1:3], s[::2], s[1:2, 3], s[:]
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    class I:
        def __iter__(self):
            yield 1
            yield 2
    return 2 in I(), 3 in I()
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    class R:
        def __reversed__(self):
            return iter([3, 2, 1])
    return list(reversed(R()))
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    class K:
        def __getitem__(self, i):
            if i > 2:
                raise KeyError(i)
            return i
    try:
        return list(K())
    except KeyError as e:
        return "KeyError", str(e)
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    class A:
        pass
    a, b = A(), A()
    d = {a: 1, b: 2}
    return d[a], d[b], len(d), a == b, a != b
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    class A:
        def __init__(self, v):
            self.v = v
        def __eq__(self, o):
            print("A.eq")
            return NotImplemented
    class B:
        def __eq__(self, o):
            print("B.eq")
            return True
    return A(1) == B(), B() == A(1)
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    class A:
        def __init__(self, v):
            self.v = v
        def __ne__(self, o):
            return "custom ne"
    return A(1) != A(2), A(1) == A(1)
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    class A:
        def __le__(self, o):
            return True
    try:
        return sorted([A(), A()])
    except TypeError as e:
        return str(e)
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    class A:
        def __init__(self, n):
            self.n = n
        def __rmul__(self, o):
            return "rmul %r" % (o,)
        def __mul__(self, o):
            return "mul %r" % (o,)
    return [1] * A(2), A(2) * [1], 3 * A(1), "s" * A(1)
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    class A:
        def __init__(self):
            self.count = 0
    class B(A):
        count = 100
        def __init__(self):
            pass
    b = B()
    b.count += 1
    return b.count, B.count
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    class A:
        def m(self):
            return "m", type(self).__name__
    class B(A):
        pass
    return A.m(B()), B.m(A()), B().m()
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    class A:
        def __init__(self, x):
            self.x = x
        def clone(self):
            return type(self)(self.x + 1)
    class B(A):
        pass
    c = B(1).clone()
    return type(c).__name__, c.x, c.__class__.__name__, isinstance(c, type(c))
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    class A:
        def __call__(self, x):
            return -x
    return sorted([3, 1, 2], key=A()), list(map(A(), [1, 2]))
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    class Cnt:
        def __init__(self):
            self.i = 0
        def __iter__(self):
            return self
        def __next__(self):
            self.i += 1
            if self.i > 3:
                raise StopIteration(99)
            return self.i
    c = Cnt()
    out = list(c)
    return out, next(c, "done")
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    class A:
        def __bool__(self):
            return False
    n = 0
    a = A()
    while not a and n < 3:
        n += 1
    return n, [x for x in [A(), 1] if x]
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
def t18():
    class A:
        def __str__(self):
            return "A-str"
        def __repr__(self):
            return "A-repr"
    return str(A()), repr(A()), "%s %r" % (A(), A()), f"{A()!r} {A()}", [A()], str((A(),))
try:
    print('#18', t18())
except Exception as ex:
    print('#18 EXC', type(ex).__name__, ex)
def t19():
    class A:
        def __init__(self):
            self.x = 1
    a = A()
    return a.__class__ is A, type(a) is A, A.__name__, a.__class__.__name__
try:
    print('#19', t19())
except Exception as ex:
    print('#19 EXC', type(ex).__name__, ex)
def t20():
    class A:
        x = 1
        def f(self):
            return x
    try:
        return A().f()
    except NameError as e:
        return str(e)
try:
    print('#20', t20())
except Exception as ex:
    print('#20 EXC', type(ex).__name__, ex)
def t21():
    class Base:
        def __init__(self):
            self.log = ["Base"]
    class Mid(Base):
        pass
    class Leaf(Mid):
        def __init__(self):
            super().__init__()
            self.log.append("Leaf")
    return Leaf().log
try:
    print('#21', t21())
except Exception as ex:
    print('#21 EXC', type(ex).__name__, ex)
def t22():
    class A:
        def __init__(self):
            self.v = 1
    class B(A):
        def __init__(self):
            self.w = 2
    b = B()
    return hasattr(b, "v"), b.w
try:
    print('#22', t22())
except Exception as ex:
    print('#22 EXC', type(ex).__name__, ex)
def t23():
    class A:
        @staticmethod
        def s():
            return "s"
        @classmethod
        def c(cls):
            return cls.s()
    return A().s(), A.c(), A().c()
try:
    print('#23', t23())
except Exception as ex:
    print('#23 EXC', type(ex).__name__, ex)
def t24():
    class Vec:
        def __init__(self, *c):
            self.c = c
        def __add__(self, o):
            return Vec(*[a + b for a, b in zip(self.c, o.c)])
        def __mul__(self, k):
            return Vec(*[a * k for a in self.c])
        __rmul__ = __mul__
        def __abs__(self):
            return sum(a * a for a in self.c) ** 0.5
        def __eq__(self, o):
            return self.c == o.c
        def __repr__(self):
            return "Vec%r" % (self.c,)
    v = Vec(1, 2) + Vec(3, 4)
    return v, 2 * v, v * 2, abs(Vec(3, 4)), v == Vec(4, 6), v != Vec(4, 6)
try:
    print('#24', t24())
except Exception as ex:
    print('#24 EXC', type(ex).__name__, ex)
def t25():
    class Matrix:
        def __init__(self, rows):
            self.rows = rows
        def __matmul__(self, o):
            return "matmul"
    return Matrix([]) @ Matrix([])
try:
    print('#25', t25())
except Exception as ex:
    print('#25 EXC', type(ex).__name__, ex)
def t26():
    class A:
        def __lt__(self, o):
            return True
        def __eq__(self, o):
            return False
    a, b = A(), A()
    return a < b, a > b, b > a
try:
    print('#26', t26())
except Exception as ex:
    print('#26 EXC', type(ex).__name__, ex)
def t27():
    class T:
        def __init__(self):
            self.items = [3, 1, 2]
        def __len__(self):
            return len(self.items)
        def __getitem__(self, i):
            return self.items[i]
    t = T()
    return sorted(t), t[-1], t[0:2], len(t), list(reversed(t)), max(t), 1 in t
try:
    print('#27', t27())
except Exception as ex:
    print('#27 EXC', type(ex).__name__, ex)
def t28():
    class E(Exception):
        def __init__(self, a, b):
            super().__init__(a, b)
            self.a = a
    try:
        raise E(1, 2)
    except E as e:
        return e.args, e.a, str(e), repr(e)
try:
    print('#28', t28())
except Exception as ex:
    print('#28 EXC', type(ex).__name__, ex)
def t29():
    class E(ValueError):
        pass
    try:
        int("x")
    except E:
        return "wrong"
    except ValueError as e:
        return "right", type(e).__name__
try:
    print('#29', t29())
except Exception as ex:
    print('#29 EXC', type(ex).__name__, ex)
def t30():
    class E(Exception):
        pass
    def f():
        raise E("deep")
    def g():
        f()
    try:
        g()
    except Exception as e:
        return type(e).__name__, isinstance(e, E), e.args
try:
    print('#30', t30())
except Exception as ex:
    print('#30 EXC', type(ex).__name__, ex)
