import _acc_mod
import _acc_mod as again
from _acc_mod import CONST, Widget, bump
from _acc_mod import counter as cnt
import _acc_mod2
print(_acc_mod is again, CONST, Widget(3), _acc_mod.Widget.kind, _acc_mod._private)
print(bump(), bump(), _acc_mod.counter, cnt)
print(_acc_mod2.twice(), _acc_mod.counter)
_acc_mod.CONST = 1
print(CONST, _acc_mod.CONST, _acc_mod2.CONST)
try:
    _acc_mod.fail()
except _acc_mod.ModError as e:
    print("caught", type(e).__name__, e)
w = Widget(5)
print(isinstance(w, _acc_mod.Widget), type(w).__name__)
print(__name__, _acc_mod.__name__)
def local_import():
    import _acc_mod as m
    from _acc_mod import bump as b
    return m.counter, b()
print(local_import())
try:
    from _acc_mod import nothing_here
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import _acc_no_such_module
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    _acc_mod.missing_attr
except AttributeError as e:
    print("AttributeError:", e)
import math, sys
print(math.floor(2.5), type(sys.argv).__name__)
if __name__ == "__main__":
    print("main guard ran")
