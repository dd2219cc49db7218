def g():
    yield 1
x = g()
x.send()
