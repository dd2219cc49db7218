x = 1 in (lambda: 1)
