x = [1,2]
print(x.index(None, None))
