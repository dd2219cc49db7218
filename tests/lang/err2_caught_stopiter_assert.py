def g():
    yield 1
    return "ret"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    assert 1 == 2, "bad"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
