# Helper module defining exceptions and a function that raises deep inside.
class ModuleError(Exception):
    pass


def fail(depth):
    if depth == 0:
        raise ModuleError("raised inside _errors at depth 0")
    return fail(depth - 1)
