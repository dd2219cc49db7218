class NoSuper(Exception):
    def __init__(self, code):
        self.code = code
e = NoSuper(5)
print(repr(str(e)), e.args, e.code, repr(e))
class WithStr(Exception):
    def __str__(self): return "custom str"
print(str(WithStr("a")), repr(WithStr("a")), WithStr("a").args)
tests = [
    lambda: exec_raise(5),
    lambda: exec_raise("str"),
    lambda: exec_raise(ValueError),
    lambda: exec_raise(ValueError("inst")),
    lambda: exec_raise(object),
]
def exec_raise(x):
    raise x
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            return "swallowed %d" % i
print(swallow())
def replaced():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("replacement")
try:
    replaced()
except KeyError as e:
    print("KeyError:", e, "context:", repr(e.__context__))
try:
    try:
        raise TypeError("a")
    except TypeError:
        pass
    raise ValueError("b")
except ValueError as e:
    print("context after handled:", repr(e.__context__))
def reraise_other():
    try:
        raise ValueError("first")
    except ValueError as e:
        saved = e
    raise saved
try:
    reraise_other()
except ValueError as e:
    print("reraised", e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__))
errs = []
for exc in [ValueError("a"), KeyError("b"), IndexError("c"), TypeError("d")]:
    try:
        raise exc
    except (KeyError, IndexError) as e:
        errs.append(("lookup", str(e)))
    except Exception as e:
        errs.append(("other", str(e)))
print(errs)
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError), issubclass(IndexError, LookupError))
print(issubclass(StopIteration, Exception), issubclass(AssertionError, Exception), issubclass(Exception, BaseException))
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
e1 = KeyError("k")
e2 = KeyError()
e3 = KeyError(1, 2)
print(str(e1), str(e2), str(e3), repr(e1), repr(e2), repr(e3))
print(str(IndexError("i")), str(Exception(None)), str(Exception([1])), repr(Exception("a", [1])))
try:
    {"a": 1}[("t", 1)]
except KeyError as e:
    print("KeyError:", e)
try:
    [].pop()
except IndexError as e:
    print(repr(e))
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args[1])
class Parent(Exception): pass
class Child(Parent): pass
try:
    raise Child("c")
except Parent as e:
    print("caught child via parent", type(e).__name__)
try:
    try:
        raise Child("x")
    except ValueError:
        print("wrong")
except Child:
    print("outer caught")
