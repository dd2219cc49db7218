def thrower():
    try:
        yield 1
        yield 2
    except RuntimeError as e:
        yield "sub caught " + str(e)
def outer():
    yield from thrower()
    yield "outer after"
it = outer()
print(next(it))
print(it.throw(RuntimeError("x")))
print(next(it))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer fin")
def o2():
    try:
        yield from closer()
    finally:
        print("o2 fin")
it = o2()
print(next(it))
it.close()
