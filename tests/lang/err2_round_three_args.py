round(1, 2, 3)
