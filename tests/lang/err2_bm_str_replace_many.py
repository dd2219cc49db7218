x = 'a b'
print(x.replace(1, 2, 3, 4, 5))
