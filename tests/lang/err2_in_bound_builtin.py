x = "a" in "abc".split
