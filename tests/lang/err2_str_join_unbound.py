str.join(1, 2)
