def make():
    class LocalError(Exception):
        pass
    raise LocalError("from local class")
make()
