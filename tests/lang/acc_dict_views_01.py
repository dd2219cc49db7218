d = {"b": 2, "a": 1, "c": 3}
k = d.keys(); v = d.values(); it = d.items()
print(k, v, it)
print(len(k), "a" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
d["d"] = 4
print(list(k), list(v), list(it))
del d["b"]
print(k, sorted(k))
print(d == {"a": 1, "c": 3, "d": 4}, d == {"d": 4, "a": 1, "c": 3}, list(d) == ["a", "c", "d"])
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d2 = dict.fromkeys("xyz", 0)
print(d2)
d3 = {}
d3.update({"a": 1}, b=2)
d3.update([("c", 3)])
d3.update(a=10)
print(d3, d3.get("zz"), d3.get("zz", []), d3.setdefault("a", 5), d3.setdefault("n", []))
d3["n"].append(1)
print(d3.pop("n"), d3.pop("missing", "dflt"), d3)
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict({1: 2}), dict(zip("ab", range(2))))
cp = d3.copy(); cp["a"] = -1
print(d3["a"], cp["a"])
print(d3.popitem(), d3)
print(list({1: 1, 2: 2}.items())[::-1], {(1, 2): "t"}[(1, 2)], {None: 0}[None])
x = {}
x[1] = "a"; x[1.0] = "b"; x[True] = "c"
print(x)
e = {"k": 1}
del e["k"]
e["k"] = 2
e["j"] = 3
print(e, list(e.values()))
order = {}
for w in "the quick brown the lazy quick the".split():
    order[w] = order.get(w, 0) + 1
print(order, max(order, key=order.get), sorted(order.items(), key=lambda kv: (-kv[1], kv[0])))
print({k2: v2 for k2, v2 in sorted(order.items())})
print(str({"a": [1, {"b": (2,)}]}), repr({"q": "it's"}), {1: None, "s": 'd"q'})
print({}.keys(), {}.values(), {}.items(), bool({}.keys()))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
try:
    {"a": 1}["b"]
except KeyError as ex:
    print("KeyError:", ex, repr(ex), ex.args)
