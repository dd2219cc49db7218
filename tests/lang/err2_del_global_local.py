x = 1
def f():
    del x
f()
