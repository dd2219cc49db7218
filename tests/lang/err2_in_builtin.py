x = 1 in len
