# Uncaught ZeroDivisionError: float division by zero.
x = 1.5
for d in [2.0, 0.5, 0.0]:
    print(x / d)
