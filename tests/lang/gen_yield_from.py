# yield from: delegation, nesting, return values of subgenerators.
def inner(n):
    for i in range(n):
        yield i
    return n * 100
def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from inner(1)
    print("inner returned", r2)
    yield "done"
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (9,), {"k": 0})))
def flatten(xs):
    for x in xs:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def tree(depth, label="r"):
    yield label
    if depth > 0:
        yield from tree(depth - 1, label + "L")
        yield from tree(depth - 1, label + "R")
print(list(tree(2)))
def counter():
    total = 0
    for v in [1, 2, 3]:
        yield v
        total += v
    return total
def wrapper():
    result = yield from counter()
    yield "total=" + str(result)
print(list(wrapper()))
def empty():
    return "nothing"
    yield
def use_empty():
    v = yield from empty()
    yield v
print(list(use_empty()))
def gen_range(a, b):
    yield from range(a, b)
print(list(gen_range(3, 7)), sum(gen_range(0, 101)))
