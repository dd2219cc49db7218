def f(a, b, c=1, d=2): pass
f(1)
