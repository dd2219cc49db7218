# iter() and next() on all iterable types, with and without default.
for obj in [[1, 2], (3, 4), "ab", {"k": 1, "j": 2}, range(2), {5}]:
    it = iter(obj)
    print(next(it), next(it, "end"), next(it, "end"))
it = iter([1, 2, 3])
print(list(it), list(it))
it = iter([1, 2, 3])
next(it)
print(list(it))
it = iter([10])
try:
    next(it)
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
it = iter(range(5))
for x in it:
    if x == 2:
        break
print(list(it))
it = iter("abcdef")
pairs = []
for a in it:
    pairs.append(a + next(it))
print(pairs)
print(iter(it) is it, next(iter({"only": 0})))
def gen():
    yield 1
    yield 2
g = gen()
print(next(g), next(g), next(g, "stop"))
data = iter([3, 1, 4, 1, 5])
first = next(data)
print(first, sum(data))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
