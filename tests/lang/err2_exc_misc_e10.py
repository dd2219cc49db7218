def deco(f):
    return 5
@deco
def g():
    pass
g()
