# List comprehensions with conditions, nested loops, nested comprehensions.
print([x for x in range(10)])
print([x * x for x in range(10) if x % 2 == 0])
print([x for x in range(30) if x % 2 if x % 3 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([(x, y) for x in range(4) if x > 1 for y in "ab"])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in "hello" if c not in "l"])
print([x if x > 0 else -x for x in [-2, -1, 0, 1, 2]])
print([len(w) for w in "a bb ccc dddd".split()])
print([i for i in [3, 1, 2] for _ in range(i)])
print([[j for j in range(i)] for i in range(4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row if x % 2])
print([row[::-1] for row in matrix[::-1]])
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
n = 10
print([n * i for i in range(3)])
print([(i, j, k) for i in range(2) for j in range(2) for k in range(2) if i + j + k == 2])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print([f(3) for f in [lambda v: v + 1, lambda v: v * 2]])
print([s for s in ["", "a", None, "b"] if s])
print(sum([x for x in range(100) if x % 7 == 3]))
