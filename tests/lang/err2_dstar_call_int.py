def f(**k): pass
f(a=1, **5)
