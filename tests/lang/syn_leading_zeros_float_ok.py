x = 00.5
print(x)
y = 007
