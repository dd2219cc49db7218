x = 1
print(x)
y = = 1
