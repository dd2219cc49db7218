# min/max with several args, iterables, key=, default=; ties return the first.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"))
print(min([], default=None), max([], default="empty"), min([5], default=0), max(range(0), default=-1))
words = ["pear", "fig", "banana", "kiwi", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(words, key=lambda w: w[-1]), max(words, key=lambda w: (len(w), w)))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(1, 2.5, 2), min(-1, -1.0), max(-1.0, -1), max(True, 1), max(1, True))
print(max([1, 5, 3], key=lambda v: -v), min(3, 9, 1, key=lambda v: v % 3))
print(max({"x": 5, "y": 9, "z": 1}), max({"x": 5, "y": 9, "z": 1}.values()))
print(min([[3, 1], [2, 9], [2, 5]]), max([(1, "b"), (1, "a")]))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: v % 4))
print(max([], key=len, default="none"), min("b", "a", key=None))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1, "a")
except TypeError as e:
    print("TypeError:", e)
