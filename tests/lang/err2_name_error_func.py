def f():
    return zzz
f()
