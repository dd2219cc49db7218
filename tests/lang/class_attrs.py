# Class attributes vs instance attributes: shadowing, mutation through class, per-class counters.
class Config:
    defaults = {"color": "red"}
    level = 1
    names = []
    def __init__(self, name):
        self.name = name
        Config.names.append(name)
    def set_level(self, v):
        self.level = v
    def bump_class_level(self):
        type(self).level += 1
a = Config("a")
b = Config("b")
print(a.level, b.level, Config.level, Config.names)
a.set_level(5)
print(a.level, b.level, Config.level)
b.bump_class_level()
print(a.level, b.level, Config.level)
a.defaults["size"] = 3
print(b.defaults, Config.defaults)
a.defaults = {"own": True}
print(a.defaults, b.defaults)
class Base:
    count = 0
    tag = "base"
    def __init__(self):
        type(self).count += 1
class Child(Base):
    tag = "child"
Base()
Base()
Child()
print(Base.count, Child.count, Base.tag, Child.tag, Child().tag, Child.count)
class Shape:
    sides = 0
    def describe(self):
        return type(self).name_of() + " with " + str(self.sides) + " sides"
    @classmethod
    def name_of(cls):
        return cls.label
    label = "shape"
class Tri(Shape):
    sides = 3
    label = "triangle"
class Quad(Shape):
    sides = 4
    label = "quad"
print([s.describe() for s in [Shape(), Tri(), Quad()]])
Tri.sides = 33
print(Tri().describe(), Shape().sides)
class Slots:
    x = 1
s = Slots()
print(s.x)
s.x = 2
print(s.x, Slots.x)
del s.x
print(s.x)
Slots.x = 10
print(s.x)
