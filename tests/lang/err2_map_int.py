list(map(len, 5))
