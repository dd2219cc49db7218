def f():
    global True
