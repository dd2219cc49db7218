x = {1:2}
print(x.clear(None))
