# Uncaught exception whose class lives in a helper module: printed with the module prefix.
import _errors
print("calling into _errors")
_errors.fail(3)
