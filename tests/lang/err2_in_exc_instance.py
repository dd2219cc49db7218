x = 1 in ValueError("a")
