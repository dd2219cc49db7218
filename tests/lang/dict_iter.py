# Iterating dicts; changing size during iteration raises RuntimeError.
d = {"a": 1, "b": 2, "c": 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, "->", v)
for v in d.values():
    print("value", v)
print([k * v for k, v in d.items()], list(zip(d, d.values())))
print(list(reversed(list(d))), list(enumerate(d)))
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {1: 1, 2: 2}
try:
    for k in e:
        del e[k]
except RuntimeError as err:
    print("RuntimeError:", err)
f = {1: 1, 2: 2}
for k in f:
    f[k] = f[k] * 10
print(f)
it = iter({"x": 1, "y": 2})
print(next(it), next(it), next(it, "end"))
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
print(sum(len(k) for k in {"ab": 0, "cde": 1}), any(v > 2 for v in {"a": 3}.values()))
