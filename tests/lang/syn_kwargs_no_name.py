def f(a, **):
    pass
