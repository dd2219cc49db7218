x = 12if 1 else 2
print(x)
y = 0x1for
