def g():
    try:
        yield 1
    except ValueError:
        yield 2
x = g()
next(x)
print(x.throw(ValueError))
x.close()
print("closed")
next(x)
