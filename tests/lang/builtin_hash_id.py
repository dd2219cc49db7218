# hash() equalities (never printing hashes of str/float) and id() identity checks.
print(hash(42) == hash(42.0), hash(1) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-0.0) == hash(0))
print(hash(7), hash(0), hash(-5), hash(12345678901))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(()) == hash(()))
print(hash(2.5) == hash(2.5), hash(1e100) == hash(1e100), hash(None) == hash(None))
d = {42: "int"}
print(d[42.0], {1.0: "x"}[1], {True: "t"}[1], 2.0 in {2: 0}, {0: "z"}.get(False))
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
print(type(id(a)) is int, id(a) == id(a))
def f():
    pass
g = f
print(id(f) == id(g), f is g)
x = None
print(id(x) == id(None))
class K:
    pass
k1 = K()
k2 = K()
print(id(k1) == id(k2), k1 is k1, k1 is k2, hash(k1) == hash(k1))
ks = {k1: 1, k2: 2}
print(ks[k1], ks[k2], len(ks))
