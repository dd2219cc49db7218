x = f(True=1)
