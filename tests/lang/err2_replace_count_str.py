"abc".replace("a", "b", "c")
