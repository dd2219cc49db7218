[].extend(None)
