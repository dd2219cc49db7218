x = [1,2]
print(x.count(None, None))
