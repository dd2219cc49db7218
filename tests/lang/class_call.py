# __call__: callable objects used as functions, keys, callbacks.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, extra=0):
        self.calls += 1
        return x + self.n + extra
add5 = Adder(5)
print(add5(10), add5(1, extra=100), add5.calls)
print(list(map(add5, [1, 2, 3])), add5.calls)
print(sorted([3, 1, 2], key=Adder(-10)), max([1, 9, 4], key=Adder(0)))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0
    def __call__(self, *args):
        if args not in self.cache:
            self.misses += 1
            self.cache[args] = self.fn(*args)
        return self.cache[args]
def slow_add(a, b):
    return a + b
m = Memo(slow_add)
print(m(1, 2), m(1, 2), m(2, 1), m.misses)
class Pipeline:
    def __init__(self, *stages):
        self.stages = stages
    def __call__(self, value):
        for s in self.stages:
            value = s(value)
        return value
p = Pipeline(lambda v: v + 1, Adder(10), str, lambda s: s * 2)
print(p(0), p(5))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
handlers = [c, c, c]
print([h() for h in handlers], c.n)
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting
    def __call__(self, name="world"):
        return self.greeting + ", " + name
print(Greeter("Hi")(), Greeter("Hey")("you"), Greeter("Yo")(name="there"))
try:
    Counter()(1)
except TypeError as e:
    print("TypeError:", e)
try:
    x = 5
    x()
except TypeError as e:
    print("TypeError:", e)
