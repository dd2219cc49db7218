class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Pt) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Pt({self.x}, {self.y})"
d = {Pt(1, 2): "a", Pt(3, 4): "b"}
print(d[Pt(1, 2)], Pt(3, 4) in d, Pt(5, 6) in d)
d[Pt(1, 2)] = "c"
print(d, len(d))
s = {Pt(0, 0), Pt(0, 0), Pt(1, 1)}
print(len(s), Pt(1, 1) in s)
print(Pt(1, 2) == Pt(1, 2), Pt(1, 2) != Pt(1, 2), Pt(1, 2) == (1, 2))
print([Pt(1, 2), Pt(3, 4)].index(Pt(3, 4)), [Pt(1, 2)].count(Pt(1, 2)))
l = [Pt(1, 1), Pt(2, 2), Pt(1, 1)]
l.remove(Pt(1, 1))
print(l)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
print(NoHash() == 5, NoHash() != 5)
class Ident:
    pass
a = Ident()
print(a == a, a == Ident(), a != Ident(), {a: 1}[a])
print(1 == 1.0, hash(1) == hash(1.0), {1: "int", 1.0: "float"}, {True: 1, 1: 2})
print({0: "a", False: "b", 0.0: "c"})
print(hash(-1) == hash(-2), hash(0), hash(True), hash(None) == hash(None))
print({1, 1.0, True}, {2.0, 2})
class Ver:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called", self.v, o.v)
        return self.v == o.v
    def __hash__(self):
        return 7
x = {Ver(1): 1}
x[Ver(2)] = 2
print(len(x))
print(Ver(1) in x)
