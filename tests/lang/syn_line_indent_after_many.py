x = 1
y = 2


def f():
    if x:
    return 1
