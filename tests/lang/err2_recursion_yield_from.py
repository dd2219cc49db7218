def g(n):
    yield from g(n + 1)
    yield n
list(g(0))
