def g():
    yield 1
    yield 2
z = zip(g(), g())
print(next(z))
print(list(z))
next(z)
