class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
    def describe(self):
        return "Base(%s)" % self.x
    def who(self):
        return "base"
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Mid init", y)
    def describe(self):
        return "Mid[" + super().describe() + "," + str(self.y) + "]"
class Leaf(Mid):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
        print("Leaf init", z)
    def describe(self):
        return "Leaf{" + super().describe() + "}"
    def who(self):
        return "leaf>" + super().who()
l = Leaf(1, 2, 3)
print(l.describe(), l.who())
print(isinstance(l, Base), isinstance(l, Mid), issubclass(Leaf, Base), issubclass(Base, Leaf))
print(isinstance(l, (int, Mid)), isinstance(3, (str, float)), issubclass(Leaf, (int, Base)))
class K:
    @classmethod
    def create(cls, *a):
        return cls(*a)
    def __init__(self, v=0):
        self.v = v
    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.v) + ")"
class K2(K):
    @classmethod
    def create(cls, *a):
        obj = super().create(*a)
        obj.v = obj.v * 2
        return obj
print(K.create(5), K2.create(5), K2.create())
class S:
    @staticmethod
    def helper(a, b=2):
        return a * b
class S2(S):
    def use(self):
        return self.helper(3), S2.helper(4, 5)
print(S.helper(1), S2().use(), S2.helper(7))
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
class P2(P):
    def bump(self):
        self.v = self.v + 10
p = P2()
p.v = 5
p.bump()
print(p.v)
try:
    p.v = -1
except ValueError as e:
    print("ValueError", e)
class RO:
    @property
    def name(self):
        return "ro"
r = RO()
print(r.name)
try:
    r.name = "x"
except AttributeError as e:
    print("AttributeError")
class Count:
    n = 0
    def __init__(self):
        type(self).n += 1
class Count2(Count):
    n = 10
Count(); Count2(); Count2()
print(Count.n, Count2.n)
