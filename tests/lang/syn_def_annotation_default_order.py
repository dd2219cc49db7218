def f(a: int = 1, b: int):
    pass
