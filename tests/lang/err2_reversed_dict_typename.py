x = reversed({1: 2})
x[0]
