x = 1 in 5
