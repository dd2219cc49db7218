range(3).x
