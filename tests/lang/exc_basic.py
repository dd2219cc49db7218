# try/except/else/finally: which blocks run, exception objects, tuples of types.
def run(f):
    try:
        print("  try")
        f()
        print("  after f")
    except ValueError as e:
        print("  except ValueError:", e)
    except (KeyError, IndexError) as e:
        print("  except Key/Index:", repr(e))
    else:
        print("  else")
    finally:
        print("  finally")
def ok():
    pass
def val():
    raise ValueError("bad value")
def key():
    {}["k"]
def idx():
    [][1]
for f in [ok, val, key, idx]:
    print("run", f is ok)
    run(f)
try:
    try:
        1 / 0
    finally:
        print("inner finally")
except ZeroDivisionError as e:
    print("outer caught:", e)
try:
    raise TypeError("t1")
except Exception as e:
    print("caught by Exception:", type(e), e)
try:
    raise KeyError("k")
except KeyError as e:
    print("KeyError str:", str(e), "repr:", repr(e))
for exc in [ValueError("v"), TypeError("t"), RuntimeError("r"), NotImplementedError("n"), OverflowError("o")]:
    try:
        raise exc
    except (ValueError, TypeError):
        print("group 1", repr(exc))
    except RuntimeError as e:
        print("runtime family", repr(e), isinstance(e, NotImplementedError))
    except Exception as e:
        print("other", repr(e))
try:
    pass
except ValueError:
    print("never")
else:
    print("else without exception")
finally:
    print("finally without exception")
def nested():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner cleanup")
    except ValueError as e:
        print("outer handled", e)
nested()
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
