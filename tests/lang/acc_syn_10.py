print("never")
f(a=1, 2)
