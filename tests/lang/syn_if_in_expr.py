x = if 1
