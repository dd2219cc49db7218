"a".join(iterable=[])
