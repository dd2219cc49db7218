x = {1:2}
print(x.setdefault(1, 2, 3, 4, 5))
