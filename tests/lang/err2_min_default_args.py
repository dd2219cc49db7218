min([1, 2], default=0, key=None)
print(min([1, 2], default=0, key=None))
min(1, 2, default=0)
