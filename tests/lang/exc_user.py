# User exception classes: hierarchy, custom __init__, args, __str__, catching by base class.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__("not found: " + name)
        self.name = name
class Invalid(AppError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return "invalid " + self.field + "=" + repr(self.value)
class Fatal(Exception):
    code = 99
def lookup(db, key):
    if key not in db:
        raise NotFound(key)
    if db[key] is None:
        raise Invalid(key, db[key])
    return db[key]
db = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print("value", lookup(db, k))
    except NotFound as e:
        print("NotFound:", e, e.name, e.args)
    except AppError as e:
        print("AppError:", e, e.args, e.field, repr(e.value))
try:
    raise Fatal("boom", 1, 2)
except Exception as e:
    print(e, e.args, len(e.args), e.code, isinstance(e, Fatal), isinstance(e, AppError))
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, NotFound))
print(repr(AppError("x")), repr(AppError()), str(AppError()), repr(AppError(1, "two")), str(AppError(1, "two")))
print(repr(NotFound("z")), repr(Invalid("f", 3)), str(Invalid("f", 3)))
e = AppError("stored")
print(e.args, e.args[0], str(e))
errors = []
for i in range(4):
    try:
        if i % 2:
            raise NotFound(str(i))
        raise Invalid("i", i)
    except AppError as err:
        errors.append(err)
print([str(x) for x in errors])
print([type(x) for x in errors])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print("WithDefault:", e)
try:
    raise WithDefault()
except WithDefault as e:
    print("WithDefault:", e)
class Empty(ValueError):
    pass
try:
    int("x")
except Empty:
    print("wrong")
except ValueError as e:
    print("plain ValueError not Empty:", type(e))
try:
    raise Empty("sub of ValueError")
except ValueError as e:
    print("caught as ValueError:", repr(e))
