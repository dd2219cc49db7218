# getattr, setattr, hasattr, delattr-like del, on instances, classes and modules.
import math
class Config:
    debug = False
    def __init__(self):
        self.level = 3
    def describe(self):
        return "level " + str(self.level)
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "missing", "dflt"), getattr(Config, "debug"))
print(hasattr(c, "level"), hasattr(c, "nope"), hasattr(Config, "describe"), hasattr(c, "describe"))
setattr(c, "level", 9)
setattr(c, "new_attr", [1, 2])
print(c.level, c.new_attr, getattr(c, "describe")())
setattr(Config, "debug", True)
print(c.debug, Config().debug)
for name in ["level", "debug", "new_attr", "other"]:
    print(name, hasattr(c, name), getattr(c, name, None))
del c.new_attr
print(hasattr(c, "new_attr"))
try:
    getattr(c, "nothing_here")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(math, "pi"), hasattr(math, "sqrt"), getattr(math, "sqrt")(16), hasattr(math, "nosuchfn"))
print(getattr("abc", "upper")(), getattr([3, 1], "count")(1), hasattr("", "split"))
fields = {"x": 1, "y": 2, "z": 3}
class Point:
    pass
p = Point()
for k, v in fields.items():
    setattr(p, k, v * 10)
print(p.x, p.y, p.z, [getattr(p, k) for k in sorted(fields)])
