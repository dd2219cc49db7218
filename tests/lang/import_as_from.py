# import X as Y, from X import a, b, from-imported names are bindings (copies of references).
import _counter as ctr
from _counter import bump, reset, count
from _shapes import Circle, Square as Sq, total_area
import math as m
print(m.sqrt(81), m.floor(2.7))
print(count, ctr.count)
print(bump(), bump(5), ctr.count, count)
print(ctr.log)
reset()
print(ctr.count, ctr.log)
shapes = [Circle(1), Sq(2)]
print(shapes, round(total_area(shapes), 5))
import _util
print(_util.VERSION, _util.clamp(15, 0, 10), _util.clamp(-3, 0, 10), _util.clamp(5, 0, 10))
print(_util.twice_bump(), ctr.count, _util._counter is ctr)
from _util import clamp, VERSION
major, minor, patch = VERSION
print(clamp(7, 8, 9), major, minor, patch)
from _util import _private
print(_private())
print(_util.twice_bump(), ctr.log)
