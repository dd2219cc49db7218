# Default parameter values: evaluated once at definition, mutable default gotcha, keyword use.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(append_safe(1), append_safe(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5), counter)
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def many(a, b=1, c=2, d=3):
    return (a, b, c, d)
print(many(0), many(0, 9), many(0, d=9), many(0, 1, d=7, c=8), many(a=5))
def default_expr(x, y=len("abc") * 2, z=[i * i for i in range(3)]):
    return x + y, z
print(default_expr(1))
def none_default(v=None):
    return "missing" if v is None else v
print(none_default(), none_default(0), none_default(""))
f = lambda a, b=10: a + b
print(f(1), f(1, 2), f(b=3, a=4))
def recurse(n, acc=0):
    if n == 0:
        return acc
    return recurse(n - 1, acc + n)
print(recurse(100))
