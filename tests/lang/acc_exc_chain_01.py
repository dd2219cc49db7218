def show(e):
    c = e.__cause__; x = e.__context__
    print(type(e).__name__, e.args,
          "cause:", repr(c), "context:", repr(x))
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        raise KeyError("second")
except KeyError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise TypeError("t") from e
except TypeError as e:
    show(e)
try:
    try:
        raise ValueError("v")
    except ValueError:
        raise RuntimeError("r") from None
except RuntimeError as e:
    show(e)
try:
    raise IndexError("no ctx")
except IndexError as e:
    show(e)
try:
    try:
        raise ValueError(1)
    finally:
        pass
except ValueError as e:
    show(e)
def f():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
try:
    f()
except TypeError as e:
    show(e)
    show(e.__context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise
except ValueError as e:
    show(e)
e1 = ValueError("x", 2)
print(e1.args, str(e1), repr(e1))
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), str(KeyError("a", "b")))
print(repr(Exception("a", 1)), str(Exception("only")), str(Exception()))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class MyErr(Exception):
    pass
class MyErr2(MyErr):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyErr2(4)
except MyErr as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))
try:
    raise MyErr2(5) from MyErr("base")
except Exception as e:
    show(e)
e = None
try:
    raise ValueError("bound")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
