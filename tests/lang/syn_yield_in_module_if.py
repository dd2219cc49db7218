if True:
    yield 5
