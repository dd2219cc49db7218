"a".startswith("a", "b")
