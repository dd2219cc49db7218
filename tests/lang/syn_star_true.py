*True, = [1]
