l = [1, 2]
it = iter(l)
l.clear()
print(list(it))
next(it)
