s = "x"
print(f"{s:x}")
