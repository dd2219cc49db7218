# Uncaught TypeError: unsupported operand type(s) for +: 'int' and 'str'.
def total(items):
    t = 0
    for item in items:
        t = t + item
        print("running total", t)
    return t
print(total([1, 2, 3]))
print(total([1, 2, "3"]))
print("not reached")
