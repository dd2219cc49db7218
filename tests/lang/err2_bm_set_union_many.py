x = {1,2}
print(x.union(1, 2, 3, 4, 5))
