x = [1,2]
print(x.pop(None, None))
