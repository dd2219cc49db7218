x = "a".ljust(2 ** 62)
