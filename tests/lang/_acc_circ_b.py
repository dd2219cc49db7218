print("b: start")
import _acc_circ_a
B_VAL = 2
def from_b():
    return "from_b sees A_VAL=%d" % _acc_circ_a.A_VAL
print("b: a has A_VAL?", hasattr(_acc_circ_a, "A_VAL"), "from_a?", hasattr(_acc_circ_a, "from_a"))
print("b: end")
