x = [1 for None in y]
