# Deleting one key and adding another while iterating keeps the size but
# changes the keys: CPython raises "dictionary keys changed during
# iteration"; the iterator is then exhausted.
d = {1: 1, 2: 2}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(seen, d)

d = {0: 0}
n = 0
it = iter(d)
try:
    for k in it:
        n += 1
        del d[k]
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError:", e, n)
print(list(it), d)

# Values and items iterators check the same way.
d = {"a": 1, "b": 2}
try:
    for v in d.values():
        d.pop("a", None)
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
d = {"a": 1, "b": 2}
try:
    for kv in d.items():
        d.pop(kv[0])
        d[kv[0] * 2] = kv[1]
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d.items()))
