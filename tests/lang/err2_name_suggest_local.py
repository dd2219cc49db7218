def f():
    value = 1
    return valeu
f()
