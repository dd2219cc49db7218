import _errors
_errors.nothing
