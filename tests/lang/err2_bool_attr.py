True.x
