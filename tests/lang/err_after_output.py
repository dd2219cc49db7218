# Lots of output, then an uncaught TypeError: all output printed before must appear.
for i in range(50):
    print("line", i, "*" * (i % 10))
print(len(42))
