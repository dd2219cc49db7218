pow(2, -1, 5)
print("x")
pow(2, -1, 4)
