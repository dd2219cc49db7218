any(5)
