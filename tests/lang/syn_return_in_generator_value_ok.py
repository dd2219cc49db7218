def g():
    yield 1
    return 2
x = 1 +
