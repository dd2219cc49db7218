"a".strip(5)
