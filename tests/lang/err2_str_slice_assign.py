x = "abc"
x[1:] = "z"
