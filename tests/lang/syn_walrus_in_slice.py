x = a[b := 1 : 2]
print(x)
