"a".replace("a", None)
