# Uncaught OverflowError converting an infinite float to int.
x = 1e308
print(x > 0, int(x / 1e300))
x = x * 10
print(x)
print(int(x))
