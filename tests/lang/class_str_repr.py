# __str__ and __repr__: print, str(), repr(), containers, f-strings, % formatting, fallbacks.
class Both:
    def __init__(self, v):
        self.v = v
    def __str__(self):
        return "Both(" + str(self.v) + ")"
    def __repr__(self):
        return "Both<" + repr(self.v) + ">"
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyRepr(" + repr(self.v) + ")"
class OnlyStr:
    def __str__(self):
        return "only-str"
b = Both("x")
r = OnlyRepr(3)
print(b, str(b), repr(b), [b], (b,), {"k": b}, {1: [b, r]})
print(r, str(r), repr(r), [r, r])
print(f"{b} {b!r} {r} {r!s}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(OnlyStr()), "x" + str(OnlyStr()), f"{OnlyStr()}")
print(str([Both(1), Both("a")]), repr(Both([1, "a"])))
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        if not self.children:
            return "Node(" + repr(self.val) + ")"
        return "Node(" + repr(self.val) + ", " + repr(self.children) + ")"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(str(tree) == repr(tree))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)
    def __repr__(self):
        return "Money(%d)" % self.cents
wallet = [Money(1999), Money(5)]
print(wallet, [str(m) for m in wallet], " + ".join(str(m) for m in wallet))
print("total: " + str(Money(sum(m.cents for m in wallet))))
class Sub(Both):
    def __str__(self):
        return "Sub:" + super().__str__()
print(Sub(9), repr(Sub(9)))
