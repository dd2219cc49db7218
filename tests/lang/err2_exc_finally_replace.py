try:
    raise ValueError("inner")
finally:
    raise KeyError("k")
