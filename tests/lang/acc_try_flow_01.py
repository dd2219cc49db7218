def order(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for k in ["none", "raise", "return"]:
    print(k, order(k))
def nested():
    out = []
    try:
        try:
            out.append(1)
            raise KeyError("k")
        except ValueError:
            out.append("wrong")
        finally:
            out.append(2)
    except KeyError:
        out.append(3)
    else:
        out.append("else")
    finally:
        out.append(4)
    return out
print(nested())
def break_in_finally():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            if i == 2:
                break
    return i
print(break_in_finally())
def continue_in_finally():
    res = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            res.append(i)
        except ValueError:
            res.append(-i)
            continue
        finally:
            res.append("f%d" % i)
        res.append("end%d" % i)
    return res
print(continue_in_finally())
def ret_override():
    try:
        return 1
    finally:
        print("finally runs before return")
print(ret_override())
def ret_value_captured():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = "rebinding ignored"
print(ret_value_captured())
def while_else():
    n = 0
    while n < 3:
        try:
            n += 1
            if n == 5:
                break
        finally:
            pass
    else:
        return "else ran", n
    return "no else"
print(while_else())
def exc_in_else():
    try:
        pass
    except ValueError:
        return "nope"
    else:
        raise ValueError("from else")
    finally:
        print("fin of exc_in_else")
try:
    exc_in_else()
except ValueError as e:
    print("caught", e)
def exc_in_except():
    try:
        raise KeyError(1)
    except KeyError:
        raise IndexError(2)
    finally:
        print("fin of exc_in_except")
try:
    exc_in_except()
except IndexError as e:
    print("IndexError", e, repr(e.__context__))
def loop_finally_return():
    for i in range(3):
        try:
            return i
        finally:
            print("finally", i)
print(loop_finally_return())
def multi():
    for exc in [ValueError, TypeError, KeyError, ZeroDivisionError]:
        try:
            raise exc("m")
        except (ValueError, TypeError) as e:
            print("tuple", type(e).__name__)
        except LookupError as e:
            print("lookup", type(e).__name__, e)
        except Exception as e:
            print("generic", type(e).__name__)
multi()
