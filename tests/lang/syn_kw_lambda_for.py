f = lambda for: 1
