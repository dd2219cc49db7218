max(["a", 1])
