list(filter(None, 5))
