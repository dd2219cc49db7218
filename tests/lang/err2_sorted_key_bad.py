sorted([1, 2], key=lambda x, y: x)
