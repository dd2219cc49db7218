"a".split(",", maxsplit="a")
