# Exceptions raised in except/finally blocks replace the original; __context__ records it.
def replace_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace_in_finally()
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
def replace_in_except():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise TypeError("replacement")
try:
    replace_in_except()
except TypeError as e:
    print("got", repr(e), "context", repr(e.__context__), "cause", e.__cause__)
def handled_then_new():
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise RuntimeError("after handling")
try:
    handled_then_new()
except RuntimeError as e:
    print("got", repr(e), "context", e.__context__)
def nested_handlers():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            raise KeyError("b")
    except KeyError:
        raise IndexError("c")
try:
    nested_handlers()
except IndexError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
def finally_after_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(finally_after_return())
def except_var_cleared():
    try:
        raise ValueError("v")
    except ValueError as err:
        saved = err
    return repr(saved)
print(except_var_cleared())
errors = []
for v in ["1", "x", None, "3"]:
    try:
        try:
            errors.append(int(v))
        except ValueError:
            errors.append("value")
            raise
    except ValueError:
        errors.append("outer value")
    except TypeError as e:
        errors.append("type")
print(errors)
