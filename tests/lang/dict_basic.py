# Dict creation, lookup, assignment, deletion, membership, order, len.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, "four" in d, "four" not in d)
d["one"] = 100
print(d)
del d["two"]
print(d, list(d))
d["two"] = 2
print(d)
e = dict()
print(e, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}), dict(zip("abc", range(3))))
print(dict([("k", 1)], extra=2))
m = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(m, m[1], m[1.0], m[True])
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    print({1: 2}[(1, 2)])
except KeyError as e:
    print("KeyError:", e, e.args)
print({} == {}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 2})
counts = {}
for w in "a b a c b a d".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
inv = {v: k for k, v in counts.items()}
print(inv)
grid = {}
for x in range(3):
    for y in range(2):
        grid[(x, y)] = x * 10 + y
print(grid)
print(grid[(2, 1)], len(grid), sum(grid.values()))
nested = {"a": {"b": {"c": 42}}}
print(nested["a"]["b"]["c"])
nested["a"]["b"]["d"] = [1, 2]
print(nested)
print(str({1: "x"}), repr({"k": 'v"'}), {1: {2: {}}})
