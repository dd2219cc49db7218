# Mixed special methods on one class: a Fraction-like number type.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __radd__(self, o):
        return self + o
    def __sub__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __rmul__(self, o):
        return self * o
    def __truediv__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __str__(self):
        return str(self.n) if self.d == 1 else str(self.n) + "/" + str(self.d)
    def __repr__(self):
        return "Frac(" + str(self.n) + ", " + str(self.d) + ")"
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, -h, h + 1, 1 + h, 2 * t, t * 3)
print(repr(Frac(6, -8)), Frac(4, 2), Frac(0, 5), bool(Frac(0, 5)), bool(h))
print(h == Frac(2, 4), h != t, h < t, h > t, t < h, h == Frac(1, 2))
total = sum(Frac(1, n) for n in range(1, 7))
print(total, sorted([Frac(3, 4), Frac(1, 8), Frac(2, 3), Frac(-1, 2)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(1, 3)}), max(Frac(1, 5), Frac(1, 4)))
harmonic = Frac(0)
for n in range(1, 11):
    harmonic = harmonic + Frac(1, n)
print(harmonic)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
