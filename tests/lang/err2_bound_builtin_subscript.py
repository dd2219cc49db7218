"".join[0]
