x = 1
f"{x:,d}"
print(f"{x:,d}")
f"{x:_c}"
