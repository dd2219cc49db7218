def f():
    yield = 5
