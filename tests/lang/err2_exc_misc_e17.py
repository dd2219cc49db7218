class E(Exception):
    pass
try:
    raise E("a")
except E as err:
    raise E(str(err) + "b")
