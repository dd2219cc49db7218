() = 1
print("x")
