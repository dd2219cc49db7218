# Comprehension scoping: loop variables do not leak, outer names are visible, closures inside.
x = "outer x"
lst = [x for x in range(3)]
print(x, lst)
i = 99
sq = {i: i * i for i in range(3)}
print(i, sq)
st = {i for i in "ab"}
print(i, sorted(st))
ge = list(i * 2 for i in range(3))
print(i, ge)
factor = 10
print([v * factor for v in range(4)])
def scaled(k):
    return [v * k for v in range(3)]
print(scaled(7))
def nested_outer():
    base = [1, 2]
    return [[a + b for a in base] for b in base]
print(nested_outer())
funcs = [lambda: n for n in range(3)]
print([f() for f in funcs])
funcs = [lambda n=n: n for n in range(3)]
print([f() for f in funcs])
rows = [[1, 2, 3], [4, 5, 6]]
print([[row[c] for row in rows] for c in range(3)])
print([y for row in rows for y in row if y % 2 == 0])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [matrix[k][k] for k in range(len(matrix))])
class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Holder.doubled)
def gen_factory():
    data = [5, 6]
    return (d + 1 for d in data)
g = gen_factory()
print(list(g))
total = sum(a * b for a, b in zip(range(5), range(5, 10)))
print(total)
names = ["x", "y"]
print({n: [n * k for k in range(1, 3)] for n in names})
