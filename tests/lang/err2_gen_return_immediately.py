def g():
    return 5
    yield
next(g())
