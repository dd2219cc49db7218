def g():
    yield 1
    return "retval"
it = g()
next(it)
next(it)
