"abc".count(1)
