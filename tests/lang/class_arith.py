# Arithmetic special methods: __add__ __sub__ __mul__ __truediv__ __floordiv__ __mod__ __pow__ __neg__ __abs__.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"
a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, a // 2, Vec(7, -7) % 3, a ** 2, -a, a.norm())
print(a + b == Vec(4, 2), a == b, a != b)
c = a
c += b
print(c, a, c is a)
c *= 3
c -= Vec(1, 1)
print(c)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return self.__add__(other)
    def __iadd__(self, other):
        self.cents += other.cents
        return self
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
wallet = [Money(100), Money(250), Money(5)]
print(sum(wallet), sum(wallet, Money(1)), 10 + Money(5), Money(5) + 10)
m = Money(1)
alias = m
m += Money(2)
print(m, alias, m is alias)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Money(1) - Money(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) * 2
except TypeError as e:
    print("TypeError:", e)
