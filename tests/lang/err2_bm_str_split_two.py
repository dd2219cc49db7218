x = 'a b'
print(x.split(None, None))
