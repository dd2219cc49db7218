hash(set())
