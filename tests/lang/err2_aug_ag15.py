x = "a"
x -= "a"
