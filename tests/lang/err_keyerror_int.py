# Uncaught KeyError with an int key raised inside a nested function.
def lookup(table, key):
    def inner():
        return table[key]
    return inner()
squares = {i: i * i for i in range(5)}
print(lookup(squares, 3))
print(lookup(squares, 42))
