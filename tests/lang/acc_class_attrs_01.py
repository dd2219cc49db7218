class A:
    count = 0
    items = []
    def __init__(self, name):
        self.name = name
        A.count += 1
        self.items.append(name)
a = A("x"); b = A("y")
print(A.count, a.count, b.count, A.items, a.items is b.items)
a.count = 99
print(A.count, a.count, b.count)
del a.count
print(a.count)
class B(A):
    count = 100
b2 = B("z")
print(A.count, B.count, b2.count, A.items)
class C:
    x = 1
    def get(self):
        return self.x
    @classmethod
    def setx(cls, v):
        cls.x = v
class D(C):
    pass
d = D(); c = C()
D.setx(5)
print(C.x, D.x, c.get(), d.get())
C.setx(7)
print(C.x, D.x)
print(hasattr(d, "x"), hasattr(d, "y"), getattr(d, "y", "dflt"))
setattr(d, "y", 3)
print(d.y, getattr(d, "y"))
class E:
    def method(self):
        return "m"
e = E()
e.method = lambda: "instance override"
print(e.method(), E().method())
print(type(e).__name__, E.__name__, type(E.method).__name__)
class F:
    val = [1]
f1 = F(); f2 = F()
f1.val = f1.val + [2]
f2.val += [3]
print(F.val, f1.val, f2.val)
class G:
    def __init__(self):
        self.__priv = 1
    def get(self):
        return self.__priv
g = G()
print(g.get(), hasattr(g, "__priv"), hasattr(g, "_G__priv"))
try:
    A.nope
except AttributeError as ex:
    print(ex)
try:
    a.nope
except AttributeError as ex:
    print(ex)
