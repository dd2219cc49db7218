# Star and double-star unpacking in calls, combined with positional and keyword arguments.
def f(a, b, c=0, *rest, **kw):
    return "a=%s b=%s c=%s rest=%s kw=%s" % (a, b, c, rest, sorted(kw.items()))
args = [1, 2]
more = (3, 4, 5)
kwargs = {"x": 10, "y": 20}
print(f(*args))
print(f(*args, *more))
print(f(*args, **kwargs))
print(f(0, *more, z=1, **kwargs))
print(f(*"ab"))
print(f(*range(5)))
print(f(**{"a": "A", "b": "B"}))
print(f(*[1], **{"b": 2, "c": 3}))
print(f(*(i * i for i in range(4))))
def g(*args):
    return args
print(g(), g(*[]), g(*[], *()), g(*[1], 2, *[3]), g(*{"k": 1}), g(*"xy", *[None]))
def h(**kw):
    return kw
print(h(), h(**{}), h(a=1, **{"b": 2}), h(**{"c": 3}, d=4), h(**dict(e=5), **{"f": 6}))
points = [(1, 2), (3, 4)]
print([f(*p) for p in points])
def dist(x, y):
    return (x * x + y * y) ** 0.5
print([dist(*p) for p in [(3, 4), (5, 12), (8, 15)]])
print(max(*[3, 9, 2]), min(*"hello"), sum(range(3)), print(*[1, 2], sep="+"))
