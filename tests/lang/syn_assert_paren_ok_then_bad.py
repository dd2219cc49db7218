assert (1, "x") if False else True
assert x = 1
