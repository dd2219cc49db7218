x = True + "a"
