x = {1,2}
print(x.add(bogus=1))
