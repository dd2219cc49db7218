def f():
    f()
try:
    f()
except RecursionError as e:
    print(repr(e), e.args)
try:
    x = 2 ** 0.5 ** 100000
    print(x)
    float("1e400")
    10.0 ** 400
except OverflowError as e:
    print(repr(e), e.args)
