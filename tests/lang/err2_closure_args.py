def outer():
    def inner(a, b):
        return a
    return inner
outer()(1)
