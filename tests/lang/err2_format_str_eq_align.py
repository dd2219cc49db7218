print(format("a", "=5"))
