data = [("apple", 3), ("pear", 1), ("fig", 3), ("kiwi", 2), ("plum", 1), ("date", 2), ("lime", 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
print(sorted(data, key=lambda t: len(t[0])))
print(sorted(data, key=lambda t: len(t[0]), reverse=True))
x = sorted(data, key=lambda t: t[0])
x.sort(key=lambda t: t[1])
print(x)
nums = [5, -3, 2, -2, 3, -5, 0, 1, -1]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda n: n * n))
print(sorted("Hello World", key=str.lower), sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst, sorted(lst, reverse=True), lst)
print(sorted([1.5, 1, True, 0.5, False]), sorted([[2, 1], [1, 2], [1], []]), sorted([(1, "b"), (1, "a")]))
print(sorted({3: "a", 1: "b"}), sorted({3: "a", 1: "b"}.items(), key=lambda kv: kv[1]))
print(sorted(range(10), key=lambda n: n % 3), sorted(range(10), key=lambda n: -(n % 3)))
print(sorted([], reverse=True), sorted("cba"), sorted((3, 2, 1)), sorted(x for x in [2, 1]))
words = "the Quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w.lower())))
print(list(reversed(sorted(words))), sorted(words, reverse=True))
recs = [{"n": "a", "s": 2}, {"n": "b", "s": 1}, {"n": "c", "s": 2}]
print([r["n"] for r in sorted(recs, key=lambda r: r["s"])])
print([r["n"] for r in sorted(recs, key=lambda r: -r["s"])])
class Item:
    def __init__(self, k, n): self.k, self.n = k, n
    def __lt__(self, other): return self.k < other.k
    def __repr__(self): return self.n
items = [Item(1, "a"), Item(0, "b"), Item(1, "c"), Item(0, "d")]
print(sorted(items), sorted(items, reverse=True), max(items), min(items))
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:20], sorted(big, reverse=True)[:5])
ll = list(range(20))
ll.sort(key=lambda v: v % 4, reverse=True)
print(ll)
ll.reverse()
print(ll)
