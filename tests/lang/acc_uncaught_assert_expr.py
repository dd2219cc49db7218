x = 3
assert x % 2 == 0, f"x={x} is odd"
