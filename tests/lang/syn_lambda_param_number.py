f = lambda 1: 1
