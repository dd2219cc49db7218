"a".count()
