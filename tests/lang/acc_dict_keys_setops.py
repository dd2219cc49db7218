d = {"a": 1, "c": 3, "d": 4}
k = d.keys()
print(k & {"a", "zz"} == {"a"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "x"}))
print(d.items() & {("a", 1)}, sorted(d.keys() - ["c"]))
