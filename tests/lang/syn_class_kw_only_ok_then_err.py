def f(a, *, b):
    return b
print(f(1, b=2))
x = 09
