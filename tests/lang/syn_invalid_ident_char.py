café = 1
print(café)
x = a·b
