print("never")
f() = 1
