# Dicts preserve insertion order through updates, deletes and re-inserts.
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d, list(d))
d[3] = -1
print(d)
del d[9]
d[9] = 0
print(d)
d.pop(5)
d[5] = 5
print(d, list(d.items())[0])
s = {}
for w in "the quick brown fox jumps over the lazy dog".split():
    s[w] = len(w)
print(s)
print(list(s.keys())[:3], list(s.values())[-3:])
big = {}
for i in range(100):
    big[i * 7 % 101] = i
for i in range(0, 100, 3):
    del big[i * 7 % 101]
print(len(big), list(big)[:10], list(big.values())[-5:])
for i in range(50):
    big[1000 + i] = i
print(len(big), list(big)[-3:])
print({"b": 1, "a": 2}, {2: "x", 1: "y", 3: "z"})
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items())))
print(dict(sorted({"b": 1, "a": 2, "c": 0}.items(), key=lambda kv: kv[1])))
e = {"x": 1, "y": 2}
e.update({"z": 3, "x": 9})
print(e)
print({k: v for k, v in reversed(list(e.items()))})
