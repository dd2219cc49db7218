x = {1,2}
print(x.discard(1, 2, 3, 4, 5))
