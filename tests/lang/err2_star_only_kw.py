def f(*args): pass
f(a=1)
