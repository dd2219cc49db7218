class E(BaseException):
    pass
try:
    raise E("base")
except Exception:
    print("no")
