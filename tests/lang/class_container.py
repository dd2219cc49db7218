# __len__, __getitem__, __setitem__, __contains__, __iter__/__next__ on user containers.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __getitem__(self, pos):
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, value):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of grid")
        self.cells[pos] = value
    def __contains__(self, value):
        return value in self.cells.values()
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[(x, y)] for x in range(self.w))
g = Grid(4, 3)
g[0, 0] = "#"
g[(3, 2)] = "@"
g[1, 1] = "#"
print(len(g), g[0, 0], g[2, 2], "@" in g, "%" in g, "%" not in g)
for row in g:
    print(row)
print(list(g))
try:
    g[9, 9] = "x"
except IndexError as e:
    print("IndexError:", e)
class Range3:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 3
r = Range3(4)
print(next(r), list(r), list(r), list(Range3(2)), sum(Range3(3)))
for v in Range3(2):
    print("loop", v)
a, b = Range3(2)
print(a, b, 6 in Range3(5), 7 in Range3(5))
class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __len__(self):
        return len(self.rows)
m = Matrix([[1, 2], [3, 4]])
m[0, 1] += 10
m[1, 0] *= 2
print(m.rows, m[0, 1], len(m))
class DefaultDict:
    def __init__(self, factory):
        self.data = {}
        self.factory = factory
    def __getitem__(self, k):
        if k not in self.data:
            self.data[k] = self.factory()
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __contains__(self, k):
        return k in self.data
dd = DefaultDict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
counts = DefaultDict(int)
for ch in "hello":
    counts[ch] += 1
print(dd.data, counts.data, "a" in dd, "z" in dd)
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i] * 2
    def __len__(self):
        return len(self.data)
s = Seq([1, 2, 3])
print(s[0], s[-1], len(s), [s[i] for i in range(len(s))])
