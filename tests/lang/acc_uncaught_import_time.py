print("main starts")
import _acc_bad_mod
print("never")
