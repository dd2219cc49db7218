# More exact error messages: unpacking, calls, attributes, conversions.
def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(type(e), e)
def unpack2():
    a, b = [1, 2, 3]
def unpack3():
    a, b, c = (1, 2)
def unpack_star():
    a, b, *c = [1]
def unpack_int():
    a, b = 5
show(unpack2)
show(unpack3)
show(unpack_star)
show(unpack_int)
def f(a, b):
    return a + b
show(lambda: f(1))
show(lambda: f())
show(lambda: f(1, 2, 3))
show(lambda: f(1, c=2))
show(lambda: f(1, a=2))
class A:
    def __init__(self):
        self.x = 1
    def m(self):
        return self.x
show(lambda: A().y)
show(lambda: A.y)
show(lambda: A().m(5))
show(lambda: A(1))
show(lambda: chr("a"))
show(lambda: ",".join([1]))
show(lambda: sorted([1, None]))
show(lambda: max())
show(lambda: list(1))
show(lambda: {1, 2}.remove(3))
show(lambda: {}.pop("k"))
show(lambda: range(1.5))
show(lambda: [0] * 2.0)
show(lambda: "%d" % "s")
show(lambda: next(iter([])))
import math
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: math.exp(1000))
show(lambda: math.floor(float("inf")))
show(lambda: math.floor(float("nan")))
show(lambda: math.isqrt(-1))
