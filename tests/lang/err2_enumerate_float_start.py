enumerate([1], 1.5)
