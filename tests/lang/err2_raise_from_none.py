try:
    {}["k"]
except KeyError:
    raise ValueError("bad") from None
