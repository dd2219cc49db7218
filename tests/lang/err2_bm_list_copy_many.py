x = [1,2]
print(x.copy(1, 2, 3, 4, 5))
