range(None, 1)
