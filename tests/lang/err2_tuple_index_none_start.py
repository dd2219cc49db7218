(1,).index(1, None)
