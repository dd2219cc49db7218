def g():
    yield 1
x = g()
x.send(1, 2)
