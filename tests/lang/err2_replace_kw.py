"a".replace(old="a", new="b")
