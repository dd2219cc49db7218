int("0b2", 0)
