import _errors
class Sub(_errors.ModuleError):
    pass
raise Sub("sub")
