def f(): pass
f.__name__ = 5
