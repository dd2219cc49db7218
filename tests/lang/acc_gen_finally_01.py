def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup g")
for v in g():
    print("got", v)
print("after loop")
def g2():
    try:
        yield "a"
        return "ret"
    finally:
        print("fin g2")
it = g2()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("again:", e.value, e.args)
def g3():
    x = yield 1
    print("received", x)
    y = yield x * 2
    print("received", y)
    return x + y
it = g3()
print(next(it))
print(it.send(5))
try:
    it.send(7)
except StopIteration as e:
    print("done", e.value)
def g6():
    for i in range(3):
        try:
            yield i
        finally:
            print("inner fin", i)
print(list(g6()))
def g7():
    yield 1
    raise KeyError("k")
try:
    for v in g7():
        print(v)
except KeyError as e:
    print("KeyError", e)
def g8():
    try:
        yield 1
        raise ValueError("inside")
    except ValueError as e:
        print("gen caught", e)
        yield 2
    finally:
        print("g8 fin")
    yield 3
print(list(g8()))
def g9():
    return 5
    yield
it = g9()
try:
    next(it)
except StopIteration as e:
    print("g9", e.value)
def g10():
    try:
        return "early"
    finally:
        print("g10 fin")
    yield
print(list(g10()))
it = g3()
try:
    it.send(1)
except TypeError as e:
    print("TypeError:", e)
def g11():
    yield 1
it = g11()
print(next(it), next(it, None), next(it, None))
def running():
    yield next(me)
me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
