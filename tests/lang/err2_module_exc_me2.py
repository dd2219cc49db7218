import _errors
raise _errors.ModuleError
