int[0]
