int("zz", 16)
