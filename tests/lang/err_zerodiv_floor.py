# Uncaught ZeroDivisionError: integer division or modulo by zero.
for d in [3, 2, 1, 0]:
    print(10 // d)
