for = 5
