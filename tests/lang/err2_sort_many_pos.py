x = [1,2]
print(x.sort(1, 2, 3, 4, 5))
