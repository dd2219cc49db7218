# sort (key, reverse, stability), reverse, copy, clear.
a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "elderberry"]
words.sort()
print(words)
words.sort(key=len)
print(words)
words.sort(key=lambda w: w.lower())
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (1, "x")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort()
print(pairs)
recs = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 35)]
by_age = sorted(recs, key=lambda r: r[1])
print(by_age)
print(sorted(recs, key=lambda r: r[1], reverse=True))
b = [3, 1, 2]
b.reverse()
print(b, b.reverse(), b)
c = b.copy()
c.append(4)
print(b, c, b is c, c == b + [4])
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(10)
print(nested, shallow)
c.clear()
print(c, len(c), b)
print(a.sort(), a)
mixed = [3, 1.5, -2, 0, 2.25, True]
mixed.sort()
print(mixed)
strs = ["b", "a", "B", "A", "ab", "", "aa"]
strs.sort()
print(strs)
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
nums.sort(key=lambda n: n % 4, reverse=True)
print(nums)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
