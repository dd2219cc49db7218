class E(Exception):
    pass
raise E(E("inner"))
