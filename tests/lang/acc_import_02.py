import _acc_circ_a
import _acc_circ_b
print(_acc_circ_a.from_a(), _acc_circ_b.from_b())
import random
import _acc_rng
random.seed(42)
a = [random.randint(1, 100) for _ in range(3)] + _acc_rng.draw(3)
_acc_rng.reseed(42)
b = _acc_rng.draw(3) + [random.randint(1, 100) for _ in range(3)]
print(a == b, a)
from _acc_star import *
print(PUBLIC, pub_fn())
try:
    print(_HIDDEN)
except NameError as e:
    print("NameError:", e)
def use_math():
    import math
    return math.sqrt(49)
print(use_math())
try:
    math.sqrt(4)
except NameError as e:
    print("NameError:", e)
import _acc_mod
def pub_fn():
    return "main's pub_fn"
print(pub_fn(), _acc_mod.bump())
import _acc_mod as m2, _acc_star as s2
print(m2 is _acc_mod, s2.PUBLIC, s2._HIDDEN)
print(type(_acc_mod).__name__)
