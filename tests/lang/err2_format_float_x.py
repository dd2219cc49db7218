print(format(1.5, "5.2x"))
