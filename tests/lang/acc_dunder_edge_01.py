class NoStr:
    def __repr__(self): return "<NoStr repr>"
print(NoStr(), str(NoStr()), f"{NoStr()}", "%s" % NoStr(), [NoStr()], "{}".format(NoStr()))
class OnlyStr:
    def __str__(self): return "only-str"
o = OnlyStr()
print(o, str(o), f"{o}", f"{o!s}", "%s" % o, format(o))
print(repr(o).startswith("<__main__.OnlyStr object at "), repr([o])[:20])
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return "3"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self): return "h"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self): return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", None)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Sub(EqOnly):
    pass
try:
    hash(Sub(1))
except TypeError as e:
    print("TypeError:", e)
class NI:
    def __eq__(self, o): return NotImplemented
    def __lt__(self, o): return NotImplemented
n = NI()
print(n == n, n == NI(), n != n, n == 1)
try:
    n < n
except TypeError as e:
    print("TypeError:", e)
class Contains:
    def __contains__(self, x): return x
print(1 in Contains(), 0 in Contains(), "" in Contains(), 0 not in Contains())
class GetItem:
    def __getitem__(self, k):
        return ("got", k)
g = GetItem()
print(g[1], g["k"], g[1, 2], g[-1])
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return "Num.add"
    def __radd__(self, o): return "Num.radd"
class SubNum(Num):
    def __radd__(self, o): return "SubNum.radd"
print(Num(1) + SubNum(2), SubNum(1) + Num(2), 1 + Num(1), Num(1) + 1)
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(Lt(1) < Lt(2), Lt(1) > Lt(2), Lt(1) <= Lt(1), Lt(2) >= Lt(3))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], hex(Idx()))
