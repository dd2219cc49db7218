# __lt__ and reflected comparisons: a > b falls back to b.__lt__(a); sorting, min/max with user objects.
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
        self.s = s
    def __lt__(self, other):
        print("  lt", self.s, other.s)
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "V" + self.s
a = Version("1.2")
b = Version("1.10")
print(a < b)
print(a > b)
print(b > a)
print(a == Version("1.2"), a != b)
class Plain:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Plain(" + str(self.v) + ")"
items = [Plain(3), Plain(1), Plain(2), Plain(1)]
print(sorted(items), min(items), max(items))
print(sorted(items, reverse=True))
print(Plain(5) > Plain(2), Plain(1) > Plain(2))
items.sort()
print(items)
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, other):
        if isinstance(other, Weight):
            return self.kg < other.kg
        return self.kg < other
    def __gt__(self, other):
        if isinstance(other, Weight):
            return self.kg > other.kg
        return self.kg > other
print(Weight(5) < 10, Weight(5) > 3, 10 > Weight(5), 3 < Weight(5), 1 > Weight(5))
try:
    Plain(1) <= Plain(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([NoOrder(), NoOrder()])
except TypeError as e:
    print("TypeError:", e)
