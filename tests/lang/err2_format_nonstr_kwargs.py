"a".format(**{1: 2})
