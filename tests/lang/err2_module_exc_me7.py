import _errors
_errors.fail()
