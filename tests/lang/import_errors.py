# An exception raised inside an imported module's function propagates to the caller.
from _errors import ModuleError, fail
import _errors
try:
    fail(5)
except ModuleError as e:
    print("caught:", e, repr(e))
    print(type(e) is _errors.ModuleError, isinstance(e, Exception))
class Local(_errors.ModuleError):
    pass
try:
    raise Local("subclass of an imported exception")
except _errors.ModuleError as e:
    print("caught subclass:", e)
