x = 2
x **= -1
print(x)
y = 0
y **= -1
