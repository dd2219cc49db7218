from _errors import ModuleError
raise ModuleError("from main")
