def g():
    x = yield 1
    yield x
it = g()
print(next(it))
print(it.send(3))
next(it)
