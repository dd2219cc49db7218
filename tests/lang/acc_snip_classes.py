def t0():
    class C:
        def __init__(self):
            self._x = 1
        def get_x(self):
            return self._x
        def set_x(self, v):
            self._x = v * 10
        x = property(get_x, set_x)
    c = C()
    c.x = 2
    return c.x
try:
    print('#0', t0())
except Exception as ex:
    print('#0 EXC', type(ex).__name__, ex)
def t1():
    class C:
        def f(a, b):
            return a + b
        f = staticmethod(f)
        def g(cls):
            return cls.__name__
        g = classmethod(g)
    return C.f(1, 2), C().f(3, 4), C.g(), C().g()
try:
    print('#1', t1())
except Exception as ex:
    print('#1 EXC', type(ex).__name__, ex)
def t2():
    class C:
        @property
        def x(self):
            return 5
    return type(C.x).__name__, C().x
try:
    print('#2', t2())
except Exception as ex:
    print('#2 EXC', type(ex).__name__, ex)
def t3():
    class C:
        @staticmethod
        def s():
            return 1
    return type(C.__dict__["s"]).__name__ if False else C.s()
try:
    print('#3', t3())
except Exception as ex:
    print('#3 EXC', type(ex).__name__, ex)
def t4():
    class A:
        def __init__(self, **kw):
            for k, v in kw.items():
                setattr(self, k, v)
    a = A(x=1, y="two")
    return a.x, a.y, getattr(a, "z", None)
try:
    print('#4', t4())
except Exception as ex:
    print('#4 EXC', type(ex).__name__, ex)
def t5():
    class A:
        def __init__(self, *args):
            self.args = args
    class B(A):
        def __init__(self, *args, extra=None):
            super().__init__(*args)
            self.extra = extra
    b = B(1, 2, extra=3)
    return b.args, b.extra
try:
    print('#5', t5())
except Exception as ex:
    print('#5 EXC', type(ex).__name__, ex)
def t6():
    class A:
        def hello(self):
            return "A"
    class B(A):
        def hello(self):
            return "B" + super().hello()
    class C(B):
        pass
    class D(C):
        def hello(self):
            return "D" + super().hello()
    return D().hello(), C().hello()
try:
    print('#6', t6())
except Exception as ex:
    print('#6 EXC', type(ex).__name__, ex)
def t7():
    class A:
        def __init__(self):
            self.calls = ["A"]
    class B(A):
        def __init__(self):
            super().__init__()
            self.calls.append("B")
    class C(B):
        def __init__(self):
            super().__init__()
            self.calls.append("C")
    return C().calls
try:
    print('#7', t7())
except Exception as ex:
    print('#7 EXC', type(ex).__name__, ex)
def t8():
    class A:
        @classmethod
        def create(cls):
            return cls()
        def kind(self):
            return type(self).__name__
    class B(A):
        pass
    return B.create().kind(), A.create().kind()
try:
    print('#8', t8())
except Exception as ex:
    print('#8 EXC', type(ex).__name__, ex)
def t9():
    class A:
        x = 1
    class B(A):
        pass
    B.x = 2
    A.x = 3
    return A.x, B.x
try:
    print('#9', t9())
except Exception as ex:
    print('#9 EXC', type(ex).__name__, ex)
def t10():
    class A:
        x = [1]
    class B(A):
        pass
    B.x.append(2)
    return A.x, B.x is A.x
try:
    print('#10', t10())
except Exception as ex:
    print('#10 EXC', type(ex).__name__, ex)
def t11():
    class A:
        def m(self):
            return 1
    a = A()
    A.m = lambda self: 2
    return a.m()
try:
    print('#11', t11())
except Exception as ex:
    print('#11 EXC', type(ex).__name__, ex)
def t12():
    class A:
        pass
    def bound(self):
        return "bound to " + type(self).__name__
    A.b = bound
    return A().b()
try:
    print('#12', t12())
except Exception as ex:
    print('#12 EXC', type(ex).__name__, ex)
def t13():
    class A:
        def __init__(self):
            self.f = lambda: "instance attr lambda"
    return A().f()
try:
    print('#13', t13())
except Exception as ex:
    print('#13 EXC', type(ex).__name__, ex)
def t14():
    class A:
        def m(self):
            return self
    a = A()
    m = a.m
    return m() is a, m.__self__ is a if False else True
try:
    print('#14', t14())
except Exception as ex:
    print('#14 EXC', type(ex).__name__, ex)
def t15():
    class A:
        def __init__(self, v):
            self.v = v
        def __repr__(self):
            return "A(%r)" % self.v
        def __eq__(self, o):
            return type(o) is A and o.v == self.v
        def __lt__(self, o):
            return self.v < o.v
        def __hash__(self):
            return hash(self.v)
    l = [A(3), A(1), A(2), A(1)]
    return sorted(l), sorted(set(l)), l.count(A(1)), A(2) in l, l.index(A(2)), max(l), {A(1): "x"}[A(1)]
try:
    print('#15', t15())
except Exception as ex:
    print('#15 EXC', type(ex).__name__, ex)
def t16():
    class Temp:
        scale = "C"
        def __init__(self, deg):
            self.deg = deg
        def __str__(self):
            return "%.1f%s" % (self.deg, self.scale)
    class F(Temp):
        scale = "F"
    return str(Temp(20)), str(F(68)), [str(t) for t in (Temp(1), F(2))]
try:
    print('#16', t16())
except Exception as ex:
    print('#16 EXC', type(ex).__name__, ex)
def t17():
    class Stack:
        def __init__(self):
            self._items = []
        def push(self, x):
            self._items.append(x)
            return self
        def pop(self):
            if not self._items:
                raise IndexError("pop from empty stack")
            return self._items.pop()
        def __len__(self):
            return len(self._items)
        def __bool__(self):
            return bool(self._items)
        def __repr__(self):
            return "Stack(%r)" % self._items
    s = Stack().push(1).push(2)
    out = [s.pop(), len(s), bool(s), s]
    s.pop()
    try:
        s.pop()
    except IndexError as e:
        out.append(str(e))
    return out, bool(s)
try:
    print('#17', t17())
except Exception as ex:
    print('#17 EXC', type(ex).__name__, ex)
