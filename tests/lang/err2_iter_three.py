iter(1, 2, 3)
