tuple(None)
