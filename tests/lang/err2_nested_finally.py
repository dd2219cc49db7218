try:
    raise ValueError("a")
except ValueError:
    try:
        raise TypeError("b")
    finally:
        print("f")
