# Tuples: creation, indexing, slicing, immutability, methods, comparison, hashing.
t = (1, 2, 3, 2, 1)
print(t, len(t), t[0], t[-1], t[1:4], t[::-1], t[::2])
print(t.count(2), t.count(9), t.index(2), t.index(1, 1), t.index(2, 2, 4))
e = ()
s = (5,)
print(e, s, len(e), len(s), type(s), (5), type((5)))
print(tuple(), tuple([1, 2]), tuple("abc"), tuple(range(3)), tuple({"x": 1}))
print(t + (9,), s * 3, 2 * (1, 2), (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 100), (1, 2) == (1, 2), () < (0,))
print((1, "a") < (1, "b"), (1, 2.0) == (1, 2), (0, 0) <= (0, 0))
packed = 1, 2, 3
print(packed, type(packed))
a, b, c = packed
print(a, b, c)
try:
    t[0] = 10
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested[0], len(nested))
lt = ([1], [2])
lt[0].append(10)
print(lt)
print(3 in t, 7 in t, sorted(t), max(t), min(t), sum(t))
print(tuple(x * x for x in range(5)))
print(str((1,)), repr(("a", 1)), str(()))
points = [(3, 1), (1, 2), (2, 2), (1, 1)]
print(sorted(points), sorted(points, key=lambda p: (p[1], -p[0])))
