and x
