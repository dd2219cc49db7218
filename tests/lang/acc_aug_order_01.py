log = []
def key(k):
    log.append("key %s" % k)
    return k
def obj(o):
    log.append("obj")
    return o
d = {"a": 1}
obj(d)[key("a")] += 10
print(d, log); log.clear()
l = [1, 2, 3]
obj(l)[key(1)] *= 5
print(l, log); log.clear()
class C:
    def __init__(self): self.v = 1
c = C()
obj(c).v += 2
print(c.v, log); log.clear()
class P:
    def __init__(self): self._x = 1
    @property
    def x(self):
        log.append("get")
        return self._x
    @x.setter
    def x(self, v):
        log.append("set %r" % v)
        self._x = v
p = P()
p.x += 5
print(p.x, log); log.clear()
class Item:
    def __init__(self): self.data = {}
    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        log.append("setitem %r %r" % (k, v))
        self.data[k] = v
it = Item()
it["z"] += 3
it["z"] -= 1
print(it.data, log); log.clear()
def f(x): log.append(x); return x
r = f(1) + f(2) * f(3)
print(r, log); log.clear()
r = [f("a"), f("b")][f(0)]
print(r, log); log.clear()
r = {f("k1"): f("v1"), f("k2"): f("v2")}
print(r, log); log.clear()
fn = lambda a, b: a + b
print(fn(f(1), f(2)), log); log.clear()
x = f(10) if f(True) else f(20)
print(x, log); log.clear()
a, b = f(1), f(2)
print(log); log.clear()
d2 = {}
d2[f("k")] = f("v")
print(log); log.clear()
s = "ab"
s += "cd"
s *= 2
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n >>= 1; n |= 1; n &= 0xF; n ^= 5
print(n)
fl = 1.5
fl /= 2; fl -= 1
print(fl)
lst = [1]
lst *= 3
lst += "ab"
print(lst)
st = {1}
st |= {2}; st -= {1}
print(st)
