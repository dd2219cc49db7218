raise ValueError("a", "b")
