isinstance(1, int, 2)
