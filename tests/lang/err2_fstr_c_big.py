n = -1
print(f"{n:c}")
