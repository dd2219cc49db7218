def g():
    yield 1
x = 1 in g
