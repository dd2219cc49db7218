x = a is in b
