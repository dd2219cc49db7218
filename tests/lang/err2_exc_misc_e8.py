try:
    raise ValueError("x")
except UndefinedExc:
    pass
