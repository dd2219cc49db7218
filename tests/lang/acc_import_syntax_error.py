print("main runs first")
import _acc_syntax_bad
print("never")
