x = 'a b'
print(x.replace(None, None))
