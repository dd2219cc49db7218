import _acc_mod
from _acc_mod import CONST
def twice():
    return CONST * 2, _acc_mod.bump()
