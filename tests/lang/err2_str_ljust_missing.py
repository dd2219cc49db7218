"abc".ljust()
