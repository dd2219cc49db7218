print("loading _acc_mod, __name__ =", __name__)
CONST = 42
_private = "p"
counter = 0
def bump():
    global counter
    counter += 1
    return counter
class Widget:
    kind = "w"
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "Widget(%d)" % self.n
class ModError(Exception):
    pass
def fail():
    raise ModError("from module")
if __name__ == "__main__":
    print("never printed on import")
