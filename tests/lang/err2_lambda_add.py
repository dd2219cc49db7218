x = (lambda: 1) + 1
