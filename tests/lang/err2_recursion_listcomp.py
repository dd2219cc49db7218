def f():
    return [f() for _ in range(1)]
f()
