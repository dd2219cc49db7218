s = "x"
print(f"{s:=10}")
