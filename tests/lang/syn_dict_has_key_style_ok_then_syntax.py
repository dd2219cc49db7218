d = {}
print(hasattr(d, "has_key"))
def f(:
    pass
