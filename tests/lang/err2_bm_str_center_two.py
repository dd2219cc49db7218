x = 'a b'
print(x.center(None, None))
