x = 'a b'
print(x.startswith(1, 2, 3, 4, 5))
