def g():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
x = g()
next(x)
x.close()
print(x.send(None))
