next(None)
