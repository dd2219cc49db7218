x = f"{{1: 2}}"
print(x)
y = f"{ {1: 2} }"
print(y)
z = f"{{}"
