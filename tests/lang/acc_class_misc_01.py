def make_class(base_val):
    class Local:
        val = base_val
        def get(self):
            return self.val, base_val
    return Local
A = make_class(1); B = make_class(2)
print(A().get(), B().get(), A is B, A.__name__)
class Registry:
    items = []
    for i in range(3):
        items.append(i * i)
    total = sum(items)
    del i
print(Registry.items, Registry.total, hasattr(Registry, "i"))
class Meth:
    factor = 3
    def scale(self, x):
        return x * self.factor
    triple = scale
    double = lambda self, x: x * 2
m = Meth()
print(m.scale(2), m.triple(2), m.double(5), Meth.double(m, 1))
bound = m.scale
print(bound(10), type(bound).__name__)
Meth.factor = 10
print(bound(1))
class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.nxt = nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return "->".join(map(str, self))
lst = Node(1, Node(2, Node(3)))
print(lst, len(lst), list(lst), 2 in lst, max(lst), sorted(lst, reverse=True))
class Temp:
    def __init__(self, c): self.c = c
    @property
    def f(self): return self.c * 9 / 5 + 32
    @f.setter
    def f(self, v): self.c = (v - 32) * 5 / 9
    @staticmethod
    def from_f(v):
        t = Temp(0); t.f = v; return t
    @classmethod
    def zero(cls): return cls(0)
t = Temp.from_f(212)
print(t.c, t.f, Temp.zero().f, type(Temp.zero()).__name__)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
    def __eq__(self, o): return isinstance(o, Counter) and self.id == o.id
    def __hash__(self): return self.id
cs = [Counter() for _ in range(3)]
print([c.id for c in cs], Counter.instances, cs[0] == cs[0], cs[0] == cs[1], len(set(cs + cs)))
class Shape:
    def area(self): raise NotImplementedError("subclass must implement")
    def describe(self): return "%s with area %.2f" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
class Circ(Shape):
    def __init__(self, r): self.r = r
    def area(self): return 3.14159 * self.r ** 2
for s in [Sq(2), Circ(1)]:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(isinstance(Sq(1), Shape), type(Sq(1)) is Shape, type(Sq(1)) is Sq, issubclass(Sq, object))
class Chain:
    def __init__(self): self.ops = []
    def add(self, x):
        self.ops.append(x)
        return self
print(Chain().add(1).add(2).add(3).ops)
class WithClassRef:
    created = []
    def __init__(self):
        WithClassRef.created.append(self)
    @classmethod
    def count(cls): return len(cls.created)
WithClassRef(); WithClassRef()
print(WithClassRef.count())
try:
    class Inner:
        x = 1
        def m(self):
            return x
    Inner().m()
except NameError as e:
    print("NameError:", e)
