try:
    x = 1
except ValueError:
    pass
else:
    raise KeyError("from else")
