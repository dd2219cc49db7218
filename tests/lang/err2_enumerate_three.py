enumerate([], 0, 1)
