pow(2, 3, mod="a")
