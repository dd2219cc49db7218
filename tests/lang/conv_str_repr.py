# str() and repr() of every built-in value type, nested in containers.
values = [0, -1, 2.0, -0.5, 1e16, 1e-7, float("inf"), True, False, None, "s", "it's", 'q"q', "",
          [], (), {}, set(), [1, [2, (3,)]], (1,), (1, 2), {"a": [1, {"b": None}]}, {1, 2},
          range(3), range(1, 10, 2), [0.1, 0.25], {"k": (1.5, "v")}, [True, None, "x"]]
for v in values:
    print(str(v), "|", repr(v))
print(str([["a"]]), repr("\\"), repr(["\n"]), str(("\t",)))
print([str(x) for x in [1, 1.0, "1"]], [repr(x) for x in [1, 1.0, "1"]])
nested = {"list": [1, 2], "tuple": (3, 4), "dict": {"x": 1}, "set": {5}, "none": None, "float": 2.5}
print(nested)
print(str(nested) == repr(nested))
print(len(str(list(range(100)))), str(list(range(5)))[1:-1].split(", "))
