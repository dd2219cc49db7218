# enumerate (with start), zip (unequal lengths, several iterables), map, filter.
xs = ["a", "b", "c"]
print(list(enumerate(xs)), list(enumerate(xs, 1)), list(enumerate(xs, start=-2)), list(enumerate([])))
for i, x in enumerate(xs, 10):
    print(i, x)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
for a, b in zip([1, 2, 3], [4, 5, 6]):
    print(a * b, end=" ")
print()
keys = ["k1", "k2"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
pairs = [(1, "one"), (2, "two")]
nums, names = zip(*pairs)
print(nums, names)
print(list(map(str, [1, 2, 3])), list(map(lambda v: v * v, range(5))), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(int, "123")))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda v: v % 3 == 0, range(12))))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22"])))
m = map(lambda v: v + 1, [1, 2])
print(next(m), next(m), next(m, "done"))
e = enumerate("xy")
print(next(e), next(e))
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())), list(map(abs, filter(lambda v: v < 0, [3, -1, -5, 2]))))
