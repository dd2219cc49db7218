import _acc_mod
_acc_mod.fail()
