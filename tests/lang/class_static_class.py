# @staticmethod and @classmethod: calls through class and instance, alternative constructors, inheritance.
class Temp:
    unit = "C"
    count = 0
    def __init__(self, degrees):
        self.degrees = degrees
        Temp.count += 1
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.unit + " count=" + str(cls.count)
    def to_f(self):
        return self.c_to_f(self.degrees)
print(Temp.c_to_f(100), Temp(0).c_to_f(37), Temp(25).to_f())
t = Temp.from_f(212)
print(type(t) is Temp, t.degrees, Temp.describe(), t.describe())
class Kelvin(Temp):
    unit = "K"
    def __init__(self, degrees):
        super().__init__(degrees)
        self.kelvin = degrees + 273.15
k = Kelvin.from_f(32)
print(type(k) is Kelvin, k.degrees, k.kelvin, Kelvin.describe(), Kelvin.c_to_f(-40))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
    @staticmethod
    def helper(a, b=2):
        return a * b
print(Registry.register("x"), Registry.register("y"), Registry.items, Registry().register("z"))
print(Registry.helper(3), Registry().helper(3, b=5))
f = Registry.helper
g = Temp.from_f
print(f(7), g(50).degrees)
class Counted:
    created = 0
    @classmethod
    def make(cls, *args):
        cls.created += 1
        return cls(*args)
    def __init__(self, *args):
        self.args = args
class SubCounted(Counted):
    pass
x = Counted.make(1, 2)
y = SubCounted.make(3)
z = SubCounted.make()
print(x.args, y.args, z.args, Counted.created, SubCounted.created, type(y) is SubCounted)
