class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Seq(5)
print(list(s), [x for x in s], 9 in s, 10 in s, sum(s))
print(list(enumerate(s)), sorted(s, reverse=True), max(s))
a, b, *rest = Seq(4)
print(a, b, rest)
it = iter(Seq(2))
print(next(it), next(it), next(it, "end"))
class Box:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
b = Box([3, 1, 2])
print(len(b), 1 in b, 5 not in b, list(b), b[0], b[-1], b[1:])
b[0] = 30
print(b.items, bool(b), bool(Box([])))
class Truthy:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
print(bool(Truthy(False)), not Truthy(True))
if Truthy(True) and Truthy(False):
    print("yes")
else:
    print("no")
print(Truthy(False) or "fallback")
class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), "nonempty" if LenOnly() else "empty")
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Both()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class Iter:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
it = Iter()
print(list(it), list(it))
print(list(zip(Iter(), "abcdef")))
print(dict(zip(Iter(), Iter())))
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    len(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    3 in NotIter()
except TypeError as e:
    print("TypeError:", e)
try:
    NotIter()[0]
except TypeError as e:
    print("TypeError:", e)
