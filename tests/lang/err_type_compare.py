# Uncaught TypeError from sorting mixed types.
print(sorted([3, 1, 2]))
print(sorted(["b", "a"]))
print(sorted([3, "a", 1]))
