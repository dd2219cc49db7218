# import X, attribute access on modules, module executes once, module-level state.
import _shapes
import _shapes
import math
print(_shapes.PI_ISH, _shapes.created)
c = _shapes.Circle(2)
s = _shapes.Square(3)
print(c, s, round(_shapes.total_area([c, s]), 4))
print(_shapes.created, _shapes.describe())
print(isinstance(c, _shapes.Shape), isinstance(s, _shapes.Circle))
print(_shapes.math is math, _shapes.__name__, __name__)
_shapes.PI_ISH = 3.0
import _shapes
print(_shapes.PI_ISH)
print(hasattr(_shapes, "Circle"), hasattr(_shapes, "Triangle"), getattr(_shapes, "created"))
