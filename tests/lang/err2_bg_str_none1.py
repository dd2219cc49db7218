str(None)
