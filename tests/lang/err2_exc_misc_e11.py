def deco(f):
    raise RuntimeError("deco failed")
@deco
def g():
    pass
