class Doubler:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2)
d = Doubler()
d.v = 5
print(d.v)
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
l = Logged()
l.b = 2
print(l.a, l.b)
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError("frozen: " + k)
try:
    Frozen().x = 1
except AttributeError as e:
    print("AttributeError:", e)
