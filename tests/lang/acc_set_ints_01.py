a = {5, 3, 9, 1, 100, 64, 33, 17}
b = set(range(0, 20, 3))
print(a, b)
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([200, 7]), a.intersection(range(10)), a.difference({1, 3}), a.symmetric_difference({1, 2}))
print({-1, -2, -3, 0, 1}, {10**6, 2, 10**12, 7}, set([8, 16, 32, 64, 128, 256, 512, 1024]))
s = set()
for i in [50, 10, 40, 20, 30, 60, 70, 80, 90, 0]:
    s.add(i)
print(s)
s.discard(40); s.discard(999); s.remove(10)
print(s, len(s), 20 in s, 40 in s)
p = {1, 2, 3}
print(p.pop(), p)
print(set(range(40)))
big = {i * 37 % 101 for i in range(30)}
print(big)
print({x % 7 for x in range(100)}, {x * x for x in range(-5, 6)})
print(sorted({3, 1, 2}), list({3, 1, 2}), tuple({9, 8}), min({4, 2, 8}), sum({1, 2, 3}))
print({1, 2} == {2, 1}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} >= {2}, {1} > set())
print({1, 2}.issubset([1, 2, 5]), {1, 2, 5}.issuperset({5}), {1}.isdisjoint({2}))
u = {1, 2}
u.update([3, 4], {5})
u |= {6}; u &= {1, 2, 3, 4, 5, 6, 7}; u -= {1}; u ^= {2, 9}
print(u)
fs = {3, 1}
print(fs, set("aaa"), len(set("hello")), sorted(set("hello")))
print({True, 1, 1.0, 0, False}, {0.5, 1.5, 2}, {None})
print(set([1, 2]) | set(), set() == set(), set() is set(), bool(set()))
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
try:
    set().remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    {1, 2} < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
s2 = {1, 2, 3}
try:
    for x in s2:
        s2.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
s3 = set(range(1000))
for i in range(0, 1000, 2):
    s3.discard(i)
print(len(s3), list(s3)[:10])
s3.clear()
print(s3)
