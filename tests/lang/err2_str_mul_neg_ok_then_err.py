print("a" * -1)
print("a" * "b")
