try:
    raise ValueError("a")
except ValueError as e:
    print(e.args)
    raise TypeError("b") from e
