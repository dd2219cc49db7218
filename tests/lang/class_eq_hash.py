# __eq__ and __hash__: equality, != derived from __eq__, dict keys, set members, unhashable classes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return False
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)
a = Point(1, 2)
b = Point(1, 2)
c = Point(2, 1)
print(a == b, a != b, a == c, a != c, a is b, a == (1, 2), (1, 2) == a)
d = {a: "first"}
d[b] = "second"
d[c] = "third"
print(len(d), d[Point(1, 2)], d)
s = {a, b, c, Point(1, 2)}
print(len(s), sorted(s, key=lambda p: (p.x, p.y)))
print(a in [c, b], Point(5, 5) in [a, b], [a, c].index(Point(2, 1)), [a, b, c].count(a))
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, NoHash) and self.v == other.v
try:
    {NoHash(1)}
except TypeError as e:
    print("TypeError:", e)
print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))
class Ident:
    pass
i1 = Ident()
i2 = Ident()
print(i1 == i1, i1 == i2, i1 != i2, len({i1, i2, i1}))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k % 3
    def __eq__(self, other):
        return self.k == other.k
    def __repr__(self):
        return "K" + str(self.k)
ks = {}
for i in range(7):
    ks[Key(i)] = i * i
print(ks[Key(4)], len(ks), list(ks.values()))
print(sorted({Key(1), Key(4), Key(1)}, key=lambda k: k.k))
