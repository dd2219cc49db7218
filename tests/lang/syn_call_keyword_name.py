x = f(if=1)
