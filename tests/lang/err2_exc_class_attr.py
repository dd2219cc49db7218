ValueError.x
