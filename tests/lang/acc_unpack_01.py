a, b, c = "xyz"
print(a, b, c)
(a, b), c = [1, 2], 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = [1, 2]
print(a, mid, z)
a, *mid, z = (1, 2, 3, 4, 5)
print(a, mid, z, type(mid).__name__)
[x, y] = {"k1": 1, "k2": 2}
print(x, y)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
for a, *b in [(1, 2, 3), (4,)]:
    print(a, b)
x = y = z = []
x.append(1)
print(y, z, x is z)
i = 0
lst = [0, 0, 0]
i, lst[i] = 1, 9
print(i, lst)
d = {}
d["a"], d["b"] = d["c"] = (1, 2)
print(d)
a = b = 5
a += 1
print(a, b)
t = 1, 2, 3
u = t,
print(t, u, len(u))
(p) = 5
print(p)
a, b = b, a
print(a, b)
tests = [lambda: _unpack("abc", 2), lambda: _unpack("a", 2), lambda: _unpack(5, 2), lambda: _star("", 1), lambda: _unpack({1: 2, 3: 4, 5: 6}, 2), lambda: _unpack(iter([1, 2, 3]), 2)]
def _unpack(v, n):
    if n == 2:
        a, b = v
        return a, b
def _star(v, n):
    a, *b = v
    return a, b
for t in tests:
    try:
        print(t())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    a, b, *c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print(m)
def ret_multi():
    return 1, [2, 3], {"k": 4}
n1, [n2, n3], n4 = ret_multi()
print(n1, n2, n3, n4)
print(*[1, 2], *"ab", sep="|")
print(*[], sep="x")
print(*range(3), end="!\n")
