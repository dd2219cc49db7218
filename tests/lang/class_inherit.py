# Single inheritance: overriding, super().__init__, super().method, attribute lookup chain.
class Shape:
    kind = "shape"
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return self.name + " (" + self.kind + ") area=" + str(self.area())
class Rect(Shape):
    kind = "rect"
    def __init__(self, w, h):
        super().__init__("rect " + str(w) + "x" + str(h))
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square " + str(side)
    def describe(self):
        return "[" + super().describe() + "]"
class Circle(Shape):
    kind = "circle"
    def __init__(self, r):
        Shape.__init__(self, "circle r=" + str(r))
        self.r = r
    def area(self):
        return round(3.14159 * self.r * self.r, 2)
shapes = [Shape("blob"), Rect(2, 3), Square(4), Circle(1)]
for s in shapes:
    print(s.describe())
print([type(s) for s in shapes])
print(isinstance(shapes[2], Rect), isinstance(shapes[2], Shape), isinstance(shapes[3], Rect))
print(issubclass(Square, Shape), issubclass(Circle, Rect))
print(Square.kind, Square(1).kind, Shape.kind)
class Base:
    def __init__(self):
        self.log = ["Base.__init__"]
    def hello(self):
        return "Base.hello"
    def template(self):
        return self.hook() + "!"
    def hook(self):
        return "base hook"
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Derived.__init__")
    def hello(self):
        return "Derived.hello > " + super().hello()
    def hook(self):
        return "derived hook"
class NoInit(Derived):
    pass
d = Derived()
n = NoInit()
print(d.log, n.log, d.hello(), n.hello(), d.template(), Base().template())
class Animal:
    sound = "..."
    def speak(self):
        return self.sound
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    pass
print(Animal().speak(), Dog().speak(), Puppy().speak())
