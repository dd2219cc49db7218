x = 1 elif 2
