class M:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, M): return M(self.v + o.v)
        if isinstance(o, int): return M(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o)
        return M(o + self.v)
    def __mul__(self, o):
        return M(self.v * o) if isinstance(o, int) else NotImplemented
    def __rmul__(self, o):
        return M(self.v * o * 100)
    def __sub__(self, o):
        return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o):
        return M(o - self.v)
    def __neg__(self): return M(-self.v)
    def __repr__(self): return "M(%r)" % (self.v,)
print(M(1) + M(2), M(1) + 5, 5 + M(1), 3 * M(2), M(2) * 3)
print(10 - M(3), M(3) - 10, -M(4))
print(sum([M(1), M(2), M(3)]))
print(sum([M(1), M(2)], M(10)))
try:
    M(1) + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    M(1) * 2.5
except TypeError as e:
    print("TypeError:", e)
class N:
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return N(self.v / o)
    def __add__(self, o): return N(self.v + o)
    def __rtruediv__(self, o): return N(o / self.v)
    def __floordiv__(self, o): return N(self.v // o)
    def __mod__(self, o): return N(self.v % o)
    def __rmod__(self, o): return N(o % self.v)
    def __pow__(self, o): return N(self.v ** o)
    def __rpow__(self, o): return N(o ** self.v)
    def __and__(self, o): return N(self.v & o)
    def __or__(self, o): return N(self.v | o)
    def __xor__(self, o): return N(self.v ^ o)
    def __lshift__(self, o): return N(self.v << o)
    def __rshift__(self, o): return N(self.v >> o)
    def __repr__(self): return "N(%r)" % (self.v,)
n = N(7)
print(n / 2, 14 / n, n // 2, n % 3, 20 % n, n ** 2, 2 ** n)
print(n & 3, n | 8, n ^ 1, n << 2, n >> 1)
x = N(1)
x += 0
print(x)
class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __repr__(self): return "A" + str(self.v)
a = A(1); b = a
a += 5
print(a, b, a is b)
l = [1]; l2 = l
l += [2]
print(l2, l is l2)
t = (1,); t2 = t
t += (2,)
print(t, t2)
try:
    5 - "x"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
print(NotImplemented is NotImplemented)
