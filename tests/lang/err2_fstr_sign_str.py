s = "x"
print(f"{s:+}")
