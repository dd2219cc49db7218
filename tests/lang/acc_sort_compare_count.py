calls = []
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "C%d" % self.v
data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]
print(sorted(C(v) for v in data))
print(len(calls), calls[:12])
calls.clear()
print(max(C(v) for v in data), len(calls), calls)
calls.clear()
print(min(C(v) for v in data), len(calls))
calls.clear()
big = [C((i * 37) % 101) for i in range(100)]
big.sort()
print(len(calls))
calls.clear()
big.sort(reverse=True)
print(len(calls), big[:3])
calls.clear()
print(C(1) > C(2), calls)
