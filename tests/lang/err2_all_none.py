all(None)
