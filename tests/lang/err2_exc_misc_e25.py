err = ValueError("once")
try:
    raise err
except ValueError:
    pass
raise err
