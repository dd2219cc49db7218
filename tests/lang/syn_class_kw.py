class = 2
