# raise ... from ..., __cause__, __context__, raise from None, bare raise.
class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad config value " + repr(s)) from e
try:
    parse("x1")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", repr(e.__cause__))
    print("cause type:", type(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print("from None -> cause:", e.__cause__, "context kept:", repr(e.__context__))
try:
    raise ValueError("plain")
except ValueError as e:
    print("plain:", e.__cause__, e.__context__)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("logging, then re-raise")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised:", repr(e))
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            raise IndexError("third") from first
except IndexError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), repr(e.__context__.__context__))
err = ValueError("manual")
err2 = RuntimeError("wrapper")
try:
    raise err2 from err
except RuntimeError as e:
    print(e is err2, e.__cause__ is err)
