f = lambda None: 1
