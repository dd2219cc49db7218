class V:
    def __init__(self, n, tag=""):
        self.n = n; self.tag = tag
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return "V%d%s" % (self.n, self.tag)
vs = [V(3, "a"), V(1), V(3, "b"), V(2), V(1, "z")]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(max(vs, key=lambda v: -v.n), min(vs, key=lambda v: v.tag))
vs.sort()
print(vs)
print(V(1) < V(2), V(2) > V(1), V(3) > V(4))
try:
    V(1) <= V(2)
except TypeError as e:
    print("TypeError:", e)
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (-len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]))
print(min([], default="empty"), max([], key=len, default=None))
print(max(3, 7, 5), min("hello"), max("abc", "abd"), min((2, 1), (1, 9)))
print(max([1, 5, 5, 2], key=lambda x: x % 5))
print(min([[3], [1, 2], [1]]), max([1.5, 2, True]))
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(1)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, None].sort()
except TypeError as e:
    print("TypeError:", e)
class G:
    def __init__(self, n): self.n = n
    def __gt__(self, o): return self.n > o.n
    def __repr__(self): return "G" + str(self.n)
print(sorted([G(2), G(1), G(3)]))
print(G(1) < G(2))
