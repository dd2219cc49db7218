# Multi-level single inheritance: super() chains, overriding at each level, isinstance across levels.
class A:
    def __init__(self, x):
        print("A.__init__", x)
        self.x = x
    def who(self):
        return "A"
    def chain(self):
        return ["A"]
    def describe(self):
        return self.who() + " x=" + str(self.x)
class B(A):
    def __init__(self, x, y):
        print("B.__init__", x, y)
        super().__init__(x)
        self.y = y
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()
class C(B):
    def __init__(self, x, y, z):
        print("C.__init__", x, y, z)
        super().__init__(x, y)
        self.z = z
    def chain(self):
        return ["C"] + super().chain()
class D(C):
    def who(self):
        return "D<" + super().who() + ">"
d = D(1, 2, 3)
print(d.x, d.y, d.z, d.who(), d.chain(), d.describe())
c = C(4, 5, 6)
print(c.who(), c.chain(), c.describe())
print([isinstance(d, k) for k in (A, B, C, D)], [isinstance(c, k) for k in (A, B, C, D)])
print([issubclass(D, k) for k in (A, B, C, D)], issubclass(A, D))
class Base:
    def process(self, items):
        return [self.transform(i) for i in items if self.keep(i)]
    def transform(self, i):
        return i
    def keep(self, i):
        return True
class Doubler(Base):
    def transform(self, i):
        return super().transform(i) * 2
class EvenDoubler(Doubler):
    def keep(self, i):
        return i % 2 == 0
class LoudEvenDoubler(EvenDoubler):
    def transform(self, i):
        return "!" + str(super().transform(i))
for cls in [Base, Doubler, EvenDoubler, LoudEvenDoubler]:
    print(cls().process(range(6)))
class Exc1(Exception):
    def __init__(self, msg):
        super().__init__("[1] " + msg)
class Exc2(Exc1):
    def __init__(self, msg):
        super().__init__("[2] " + msg)
try:
    raise Exc2("deep")
except Exc1 as e:
    print(e, e.args)
