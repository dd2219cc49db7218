format("a", "x")
