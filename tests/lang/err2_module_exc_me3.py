import _errors as e
try:
    e.fail(3)
except e.ModuleError as err:
    print("caught", err)
    raise RuntimeError("wrapped")
