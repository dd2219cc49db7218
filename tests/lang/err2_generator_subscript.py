def g():
    yield 1
g()[0]
