format(True, "f")
print(format(True, "d"), format(True, ">5"))
format(True, "x.")
