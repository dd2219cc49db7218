def g():
    yield from range(2)
    return "done"
it = g()
print(next(it), next(it))
next(it)
