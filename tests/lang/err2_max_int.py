max(5)
