# Helper module for the import tests (not a test itself).
import math

print("_shapes imported, __name__ =", __name__)

PI_ISH = 3.14
created = 0


class Shape:
    def area(self):
        return 0.0

    def __repr__(self):
        return type(self).label + "(" + str(round(self.area(), 3)) + ")"


class Circle(Shape):
    label = "Circle"

    def __init__(self, r):
        global created
        created += 1
        self.r = r

    def area(self):
        return math.pi * self.r * self.r


class Square(Shape):
    label = "Square"

    def __init__(self, s):
        global created
        created += 1
        self.s = s

    def area(self):
        return self.s * self.s


def total_area(shapes):
    return sum(s.area() for s in shapes)


def describe():
    return "shapes module with " + str(created) + " shapes created"


if __name__ == "__main__":
    print("this must not run on import")
