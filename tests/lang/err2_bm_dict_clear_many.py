x = {1:2}
print(x.clear(1, 2, 3, 4, 5))
