int("1", base=40)
