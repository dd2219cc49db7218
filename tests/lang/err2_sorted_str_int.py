sorted(["b", "a", 3])
