x = f(None=1)
