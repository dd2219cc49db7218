[].extend(5)
