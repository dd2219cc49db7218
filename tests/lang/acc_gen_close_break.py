# generator finalization when the loop abandons it (CPython closes it at once)
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup g")
for v in g():
    print("got", v)
    break
print("after break")
def h():
    try:
        yield 1
    finally:
        print("h finally")
x = h()
next(x)
x = None
print("after rebinding")
