# get, keys, values, items, pop, setdefault, update, copy, clear.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
print(len(d.keys()), "a" in d.keys(), 2 in d.values(), ("b", 2) in d.items())
print(d.pop("b"), d, d.pop("zz", "default"), d.pop("a", None), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
d = {"x": 1}
print(d.setdefault("x", 5), d.setdefault("y", 6), d.setdefault("z"), d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 10)])
print(d)
d.update(e=5, a=100)
print(d)
c = d.copy()
c["new"] = 1
print(d, c, c is d, len(c) - len(d))
deep = {"lst": [1]}
shallow = deep.copy()
shallow["lst"].append(2)
print(deep)
c.clear()
print(c, len(c), d)
print(d.update({}), d.clear(), d)
keys = d.keys()
d["late"] = 1
print(list(keys), len(keys))
inventory = {"apples": 3, "pears": 0, "plums": 7}
for k, v in inventory.items():
    print(k, v)
for k in inventory:
    inventory[k] += 1
print(inventory)
print(sorted(inventory), sorted(inventory.values()), max(inventory, key=inventory.get))
print(sum(inventory.values()), min(inventory.items(), key=lambda kv: kv[1]))
