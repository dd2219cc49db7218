list(map(5, [1]))
