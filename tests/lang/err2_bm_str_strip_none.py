x = 'a b'
print(x.strip())
