x = "outer"
lst = [x for x in range(3)]
print(x, lst)
print([(i, j) for i in range(3) for j in range(i)])
print([i * j for i in range(1, 4) if i != 2 for j in range(3) if j])
print([[c for c in w] for w in ["ab", "cd"]])
print({k: [v for v in range(k)] for k in range(4)})
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 10
    try:
        bad = [n + v for v in vals]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
def f():
    y = 5
    return [y + i for i in range(3)], (lambda: [y * k for k in range(2)])()
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
g = (i * i for i in range(4))
print(next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3 == 0), max((len(w), w) for w in "a bb ccc".split()))
nested = [[1, 2], [3], [], [4, 5, 6]]
print([x for sub in nested for x in sub], [len(s) for s in nested if s])
print({w: len(w) for w in "one two three two".split()})
print(dict((i, i ** 2) for i in range(4)), list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print([x if x % 2 else -x for x in range(6)], [y for y in (x * 2 for x in range(4)) if y > 2])
print([(x, y) for x in range(3) if x for y in "ab" if y != "a" or x == 2])
total = 0
for row in [[x * y for y in range(3)] for x in range(3)]:
    total += sum(row)
    print(row)
print(total)
try:
    print([1 / x for x in [1, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError in comp:", e)
try:
    print(list(int(s) for s in ["1", "x"]))
except ValueError as e:
    print("ValueError in genexp:", e)
gen = (1 / x for x in [1, 0, 2])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError:
    print("gen raised")
print(list(gen))
a = [1, 2, 3]
g2 = (v * 10 for v in a)
a.append(4)
print(list(g2))
it = iter(range(3))
print([v for v in it], [v for v in it])
print([i for i in range(3)] + [i for i in "ab"], [[]] * 2, [[] for _ in range(2)])
