"".join(None)
