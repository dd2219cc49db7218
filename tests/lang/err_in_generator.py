# Uncaught error raised inside a generator consumed by sum().
def values():
    yield 1
    yield 2
    raise IndexError("generator ran out of data")
print(list(range(3)))
print(sum(values()))
