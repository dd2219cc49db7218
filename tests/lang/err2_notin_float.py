x = "ab" not in 1.5
