def f(x): pass
f(1, **{"x": 2})
