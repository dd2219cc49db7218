def g():
    me.send(None)
    yield 1
me = g()
next(me)
