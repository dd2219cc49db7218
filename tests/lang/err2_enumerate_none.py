enumerate(None)
