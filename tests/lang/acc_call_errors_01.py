def f(a, b, c=3, *args, **kw):
    return (a, b, c, args, kw)
def g(a, b=2):
    return (a, b)
def h():
    return "h"
def k(*args):
    return args
def kw_only_dict(**kw):
    return sorted(kw.items())
class C:
    def m(self, x):
        return x
    @staticmethod
    def s(x, y):
        return x + y
    @classmethod
    def c(cls, x):
        return x
print(f(1, 2), f(1, 2, 4, 5, 6, x=7), f(*[1, 2, 3, 4]), f(1, *(2,), **{"z": 0}))
print(f(b=1, a=2), f(1, c=9, b=8), g(*"ab"), g(**{"a": 1}), k(), k(*range(3), *[9]))
print(kw_only_dict(**{"b": 1}, a=2), kw_only_dict(**dict(x=1), **{"y": 2}))
calls = [
    lambda: g(),
    lambda: g(1, 2, 3),
    lambda: g(1, a=2),
    lambda: g(c=1),
    lambda: g(1, c=1),
    lambda: h(1),
    lambda: h(x=1),
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, a=3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.s(1),
    lambda: C.c(),
    lambda: C(1),
    lambda: kw_only_dict(1),
    lambda: k(a=1),
    lambda: g(**{"a": 1, "b": 2, "q": 3}),
    lambda: g(*[1], **{"a": 1}),
    lambda: g(**{1: 2}),
    lambda: g(*5),
    lambda: (lambda x, y: 0)(1),
    lambda: (lambda: 0)(1, 2),
    lambda: g(1, 2, 3, 4),
    lambda: len(),
    lambda: len([], []),
    lambda: print(sepx=1),
    lambda: sorted([1], reverse=True, key=None, x=1),
    lambda: int("1", base=10, x=1),
]
for i, c in enumerate(calls):
    try:
        print(i, c())
    except TypeError as e:
        print(i, "TypeError:", e)
def three(a, b, c):
    return a, b, c
for args in [(1,), (1, 2), ()]:
    try:
        three(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    three(1, 2, 3, d=4, e=5)
except TypeError as e:
    print("TypeError:", e)
class Init:
    def __init__(self, x, y):
        self.x = x
for args in [(), (1,), (1, 2, 3)]:
    try:
        Init(*args)
    except TypeError as e:
        print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
