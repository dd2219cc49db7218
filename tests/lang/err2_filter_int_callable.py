list(filter(5, [1]))
