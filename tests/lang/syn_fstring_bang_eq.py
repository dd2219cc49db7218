x = f"{a!=b}"
print("ok")
