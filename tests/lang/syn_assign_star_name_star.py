*a, = [1]
print(a)
**b, = [1]
