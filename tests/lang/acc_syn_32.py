print("never")
x = 1 if 2
