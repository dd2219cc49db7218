"a".count(None)
