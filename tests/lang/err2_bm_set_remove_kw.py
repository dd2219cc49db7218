x = {1,2}
print(x.remove(bogus=1))
