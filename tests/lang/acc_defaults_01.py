counter = [0]
def next_id():
    counter[0] += 1
    print("evaluating default", counter[0])
    return counter[0]
def f(x=next_id()):
    return x
print("defined")
print(f(), f(), f(10))
def app(v, acc=[]):
    acc.append(v)
    return acc
print(app(1), app(2), app(3, []), app(4))
def dflt_dict(k, d={}):
    d[k] = len(d)
    return d
dflt_dict("a"); dflt_dict("b")
print(dflt_dict("c"))
N = 5
def uses_global(x=N):
    return x
N = 6
print(uses_global(), N)
def mk():
    out = []
    for i in range(3):
        def f(a, i=i, *rest, **kw):
            return a, i, rest, kw
        out.append(f)
    return out
print([g(0) for g in mk()], mk()[1](0, 9, 8, z=1))
def defaults_ref_earlier(a, b=None):
    if b is None:
        b = a * 2
    return a + b
print(defaults_ref_earlier(1), defaults_ref_earlier(1, 0))
class K:
    def __init__(self, items=None, tag="t"):
        self.items = [] if items is None else items
        self.tag = tag
k1 = K(); k2 = K()
k1.items.append(1)
print(k1.items, k2.items, K(tag="x").tag, K([1, 2]).items)
def star_mix(a, *args, b=10, **kw):
    return a, args, b, kw
print(star_mix(1), star_mix(1, 2, 3), star_mix(1, b=2), star_mix(1, 2, b=3, c=4))
try:
    star_mix()
except TypeError as e:
    print("TypeError:", e)
lam = lambda x, y=2, *a, **k: (x, y, a, k)
print(lam(1), lam(1, 3, 4, q=5))
def outer(x):
    def inner(y=x * 2):
        return y
    return inner
print(outer(3)(), outer(4)(1))
