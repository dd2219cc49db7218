# Uncaught ValueError: invalid literal for int() with base 10.
for text in ["12", "-7", " 3 "]:
    print(int(text) * 2)
print(int("4x"))
