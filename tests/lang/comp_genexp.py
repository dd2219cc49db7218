# Generator expressions: laziness, consumption once, as function arguments.
g = (x * x for x in range(5))
print(type(g) is type(x for x in []), next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), min(x % 7 for x in range(3, 10)))
print(list(x for x in "abc"), tuple(x + 1 for x in (1, 2)), sorted(x for x in [3, 1, 2]))
print(dict((k, k * 2) for k in range(3)), set(x % 3 for x in range(10)))
print(",".join(str(x) for x in range(5)), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
log = []
def src():
    for i in range(5):
        log.append("produce " + str(i))
        yield i
gen = (v * 10 for v in src() if v % 2 == 0)
log.append("created")
print(next(gen))
log.append("took one")
print(list(gen))
print(log)
nested = ((x, y) for x in range(3) for y in range(x))
print(list(nested))
total = 0
for v in (n for n in range(1000) if n % 3 == 0 or n % 5 == 0):
    total += v
print(total)
pipe = (s.strip() for s in [" a ", "b ", " c"])
pipe = (s.upper() for s in pipe if s != "b")
print(list(pipe))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
