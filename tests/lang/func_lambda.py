# lambda: as values, in containers, closures, immediately invoked, sort keys.
sq = lambda x: x * x
add = lambda a, b: a + b
const = lambda: 42
print(sq(5), add(2, 3), const(), (lambda x, y=1: x - y)(10), (lambda *a: len(a))(1, 2, 3))
print((lambda **kw: sorted(kw))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in ["+", "-", "*", "/"]:
    print(7, sym, 2, "=", ops[sym](7, 2))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
def make_multiplier(n):
    return lambda x: x * n
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), make_multiplier(10)(7))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(double, lambda x: x + 1)
print(inc_then_double(4))
people = [("ann", 31), ("bob", 25), ("cat", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].upper(), people)), list(filter(lambda p: p[1] > 30, people)))
cond = lambda x: "pos" if x > 0 else ("neg" if x < 0 else "zero")
print([cond(v) for v in [-1, 0, 2]])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(type(sq) == type(add), sq(sq(3)))
