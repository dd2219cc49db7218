class Dyn:
    def __init__(self):
        self.real = "r"
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, "xa"), hasattr(d, "xq"), hasattr(d, "nope"), getattr(d, "nope", "dflt"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)
class Del:
    def __init__(self):
        self.a = 1
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
x = Del()
del x.a
print(hasattr(x, "a"))
