# list/tuple/dict/set/str/int/float/bool constructors from various iterables.
g = (x * 2 for x in range(3))
print(list(g), list(g))
print(tuple([1, 2]), tuple("hi"), tuple({1: "a"}), tuple(range(2, 5)))
print(dict([(1, 2), (3, 4)]), dict(a=1), dict({"b": 2}, c=3), dict(zip("ab", [1, 2])), dict([["k", "v"]]))
print(sorted(set("hello")), set([1, 2, 1]), set(range(3)), set((3,)), set({"k": 1}))
print(str(12), str(-1.5), str([1, "a"]), str({"a": (1,)}), str(None), repr([None]))
print(int("12") + int(3.7) + int(True), float("2.5") + float(1), bool("x"), bool(0.0))
print(list(map(int, "1 2 3".split())), list(zip(*[(1, 2), (3, 4)])))
print(list(list([1])), tuple(tuple((1,))), dict(dict(a=1)), set(set([1])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
