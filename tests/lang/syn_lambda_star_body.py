x = lambda: *a
