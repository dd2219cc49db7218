def g():
    return (yield)
x = g()
next(x)
x.send(5)
