tuple()
