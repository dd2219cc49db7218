sum(None)
