abs(None)
