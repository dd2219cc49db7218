x = 1
try:
    y = 2
z = 3
