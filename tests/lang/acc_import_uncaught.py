import _acc_mod
print("before")
_acc_mod.fail()
