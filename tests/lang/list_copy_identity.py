# Aliasing vs copying of lists, list identity, in-place vs new objects, equality vs identity.
a = [1, [2, 3], 4]
b = a
c = a[:]
d = list(a)
e = a.copy()
a[0] = 100
a[1].append(99)
print(a, b, c, d, e)
print(a is b, a is c, c == d == e, c is d, c[1] is a[1])
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(v) for v in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
orig = {"k": [1, [2]], "n": 5}
dc = deep_copy(orig)
dc["k"][1].append(3)
print(orig, dc)
x = [1, 2]
y = x
x = x + [3]
print(x, y, x is y)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
def mutate(lst):
    lst.append("mutated")
def rebind(lst):
    lst = ["rebound"]
    return lst
z = []
mutate(z)
r = rebind(z)
print(z, r)
rows = [[0] * 2] * 2
rows[0][0] = 1
print(rows, rows[0] is rows[1])
rows = [[0] * 2 for _ in range(2)]
rows[0][0] = 1
print(rows, rows[0] is rows[1])
t = ([1], [2])
u = t
print(t is u, t == ([1], [2]))
s = "abc"
s2 = s
s += "d"
print(s, s2)
m = [3, 1, 2]
n = sorted(m)
m.sort()
print(m, n, m == n, m is n)
print([] is [], [] == [], None is None)
