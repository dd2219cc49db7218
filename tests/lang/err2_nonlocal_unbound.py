def f():
    def g():
        nonlocal x
        return x
    r = g()
    x = 1
    return r
f()
