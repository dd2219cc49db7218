# Set operators | & - ^ and methods union/intersection/difference/update.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), b.difference(a))
print(a.union([9, 10]), a.intersection(range(3)), a.difference((1, 2)))
print(a.union(b, {20}), a.intersection(b, {5}), a.difference(b, {1}))
print(a, b)
c = set(a)
c.update(b)
print(c)
c.update([30], (31,), range(32, 34))
print(c)
d = {1, 2}
d |= {3}
print(d)
d &= {2, 3, 4}
print(d)
d -= {2}
print(d)
d ^= {3, 8}
print(d)
print({1, 2} | set(), set() & {1}, {1} - {1}, {1} ^ {1})
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(evens & threes, evens - threes, threes - evens, sorted(evens ^ threes))
print(len(evens | threes), sum(evens & threes))
x = {1, 2, 3}
y = x
y.add(4)
z = x.union()
z.add(5)
print(x, y, z, x is y, x is z)
fruits_a = {"apple", "banana", "cherry"}
fruits_b = {"banana", "date"}
print(sorted(fruits_a | fruits_b), sorted(fruits_a & fruits_b), sorted(fruits_a - fruits_b))
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
