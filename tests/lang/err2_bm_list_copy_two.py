x = [1,2]
print(x.copy(None, None))
