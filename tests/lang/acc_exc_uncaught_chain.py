def inner():
    raise KeyError("missing")
def outer():
    try:
        inner()
    except KeyError as e:
        raise ValueError("wrapped") from e
print("start")
outer()
