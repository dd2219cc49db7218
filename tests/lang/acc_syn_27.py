print("never")
x = 5 +
