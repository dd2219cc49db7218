oct(None)
