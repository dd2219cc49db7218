def f(a=1, *args, b):
    return b
print(f(b=3))
def g(a=1, b, *args):
    pass
