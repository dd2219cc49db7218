isinstance(1, (int, 5))
