x = 'a b'
print(x.join(None, None))
