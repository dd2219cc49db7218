# sorted (key, reverse, stability) and reversed on many iterables.
print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=lambda s: s.lower()))
data = [("x", 2), ("y", 1), ("z", 2), ("w", 1), ("v", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: -t[1]))
students = [("ann", "B", 90), ("bob", "A", 85), ("cat", "B", 85), ("dan", "A", 90), ("eve", "A", 85)]
by_grade = sorted(students, key=lambda s: s[1])
print([s[0] for s in by_grade])
by_score_then_grade = sorted(sorted(students, key=lambda s: s[1]), key=lambda s: s[2], reverse=True)
print([s[0] for s in by_score_then_grade])
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
orig = [5, 3, 4]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([]), sorted([1]), sorted([2, 1], key=None), sorted(range(5), key=lambda v: v % 2))
print(sorted([-3, 2, -1, 4], key=abs), sorted([1.5, -2, 0, True], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(4))))
print("".join(reversed("stressed")), list(reversed([])))
r = reversed([10, 20])
print(next(r), next(r), next(r, None))
for ch in reversed("xyz"):
    print(ch, end=",")
print()
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len), sorted(set(words)), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(words, key=lambda w: w[1]))
