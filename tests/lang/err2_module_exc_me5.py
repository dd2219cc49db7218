import _errors
_errors.fail(2)
