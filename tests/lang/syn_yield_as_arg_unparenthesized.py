def f():
    g(yield 1, 2)
