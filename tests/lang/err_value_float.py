# Uncaught ValueError: could not convert string to float.
print(float("2.5") * 2)
print(float("abc"))
