reversed(None)
