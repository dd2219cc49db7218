def g4():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    yield "end"
it = g4()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
print(next(it, "exhausted"))
def g5():
    try:
        yield 1
    finally:
        print("g5 closing")
it = g5()
next(it)
it.close()
print("closed")
it.close()
print(list(it))
def g6():
    yield 1
it = g6()
try:
    it.throw(KeyError("kk"))
except KeyError as e:
    print("propagated", repr(e))
