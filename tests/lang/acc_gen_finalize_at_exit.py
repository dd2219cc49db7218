def g(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)
x = g("global")
next(x)
def f():
    y = g("local")
    next(y)
    print("leaving f")
f()
print("after f")
z = [g("in list")]
next(z[0])
z.clear()
print("end of program")
