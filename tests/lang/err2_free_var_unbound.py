def f():
    def g():
        return y
    g()
    y = 1
f()
