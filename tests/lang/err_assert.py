# Uncaught AssertionError without a message.
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b
    return True
print(check_sorted([1, 2, 3]))
print(check_sorted([1, 3, 2]))
