print(format(12, "+s"))
