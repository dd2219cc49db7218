ord(None)
