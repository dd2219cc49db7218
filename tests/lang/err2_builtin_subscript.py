print[1]
