class RO:
    @property
    def name(self):
        return "ro"
r = RO()
try:
    r.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.name
except AttributeError as e:
    print("AttributeError:", e)
r.name = "boom"
