def g():
    yield 1
    yield 2
x = g()
next(x)
x.throw(ValueError("thrown"))
