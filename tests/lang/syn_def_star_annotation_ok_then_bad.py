def f(*args: int, **kw: str):
    return args
print(f(1))
def g(**kw: str = 1):
    pass
