x = {1,2}
print(x.pop(bogus=1))
