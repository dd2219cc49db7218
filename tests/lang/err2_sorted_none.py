sorted(None)
