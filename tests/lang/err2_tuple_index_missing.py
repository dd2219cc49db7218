(1, 2).index(9)
