# Tuple/list unpacking: swaps, nested, starred, in for loops, chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
[p, q] = [10, 20]
(r, s) = (30, 40)
print(p, q, r, s)
(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *mid, tail = range(6)
print(head, mid, tail)
a, *b = "a"
print(a, b)
*a, = (1, 2)
print(a)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
x = y = z = 0
print(x, y, z)
l1 = l2 = []
l1.append(1)
print(l1, l2, l1 is l2)
a, b = c, d = 5, 6
print(a, b, c, d)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(a, rest)
for (a, b), c in [((1, 2), 3), ((4, 5), 6)]:
    print(a + b + c)
d = {"x": 1, "y": 2}
for k, v in d.items():
    print(k, v)
k1, k2 = d
print(k1, k2)
g = (n * n for n in range(3))
n0, n1, n2 = g
print(n0, n1, n2)
a, b, c = {3: 0, 1: 0, 2: 0}
print(a, b, c)
m = [[1, 2], [3, 4]]
(a, b), (c, d) = m
print(a * d - b * c)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)
class O:
    pass
o = O()
o.a, o.b = "A", "B"
print(o.a, o.b)
def multi():
    return 1, [2, 3], "s"
n, (p, q), s = multi()
print(n, p, q, s)
