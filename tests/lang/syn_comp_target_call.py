x = [1 for f() in y]
