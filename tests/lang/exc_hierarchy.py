# The built-in exception hierarchy.
pairs = [
    (ValueError, Exception), (TypeError, Exception), (KeyError, Exception), (IndexError, Exception),
    (ZeroDivisionError, Exception), (AttributeError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (RuntimeError, Exception), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (StopIteration, Exception), (OverflowError, Exception),
    (AssertionError, Exception), (Exception, BaseException), (SystemExit, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, Exception), (KeyboardInterrupt, Exception),
    (KeyError, IndexError), (ValueError, TypeError), (BaseException, Exception),
]
for sub, base in pairs:
    print(sub, base, issubclass(sub, base))
def catch(exc, cls):
    try:
        raise exc
    except cls:
        return "caught"
    except BaseException:
        return "escaped"
print(catch(UnboundLocalError("u"), NameError), catch(RecursionError("r"), RuntimeError))
print(catch(SystemExit(1), Exception), catch(SystemExit(1), BaseException), catch(KeyboardInterrupt(), Exception))
print(catch(ZeroDivisionError(), (KeyError, ZeroDivisionError)), catch(ValueError(), (KeyError, TypeError)))
def unbound():
    print(v)
    v = 1
try:
    unbound()
except NameError as e:
    print(type(e), e)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e), e)
