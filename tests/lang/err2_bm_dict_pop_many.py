x = {1:2}
print(x.pop(1, 2, 3, 4, 5))
