"a".split(None, "1")
