def outer():
    def f(x, y, x):
        pass
