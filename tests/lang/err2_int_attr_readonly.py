(1).real = 5
