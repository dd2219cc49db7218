def f(*, *args):
    pass
