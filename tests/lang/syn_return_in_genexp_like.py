x = (return 1 for i in y)
