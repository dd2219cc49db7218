"a".split(x=1)
