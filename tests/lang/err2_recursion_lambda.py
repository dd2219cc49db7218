g = lambda n: g(n + 1)
g(0)
