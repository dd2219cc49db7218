def f(x): pass
f(*None)
