x = 3
f"{x:.3%}"
print(f"{x:.3%}")
f"{x:n}"
print(f"{x:n}")
f"{x:.3n}"
