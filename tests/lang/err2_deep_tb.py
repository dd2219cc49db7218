def f(n):
    if n == 0:
        raise IndexError("bottom")
    f(n - 1)
f(50)
