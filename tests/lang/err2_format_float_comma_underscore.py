print(format(1.5, ","))
print(format(1.5, "_"))
print(format(1.5, ",_"))
