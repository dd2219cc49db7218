@undefined_deco
def f():
    pass
