x = set([[1]])
