# Uncaught TypeError: 'int' object is not subscriptable.
data = [10, 20, 30]
print(data[0])
value = data[1]
print(value)
print(value[0])
