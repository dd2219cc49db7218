print("a: start")
A_VAL = 1
import _acc_circ_b
def from_a():
    return "from_a sees B_VAL=%d" % _acc_circ_b.B_VAL
print("a: end")
