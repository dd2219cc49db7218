# __exit__ returning true suppresses the exception; managers that log, transactions.
class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
print("after suppressed KeyError:", repr(s.caught))
with Suppress(ValueError, TypeError) as s:
    int("nope")
print("after suppressed ValueError:", repr(s.caught))
with Suppress(ValueError) as s:
    print("no exception")
print("caught:", s.caught)
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", repr(exc))
            return True
        print("committed")
db = {"a": 1}
with Transaction(db) as t:
    t["b"] = 2
print(db)
with Transaction(db) as t:
    t["c"] = 3
    t["a"] = 100
    raise RuntimeError("failure")
print(db)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)
ind = Indenter()
with ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")
ind.say("zero")
def gen_in_with():
    with Suppress(StopIteration):
        yield 1
        yield 2
print(list(gen_in_with()))
