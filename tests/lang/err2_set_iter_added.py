s = {1}
it = iter(s)
s.add(2)
next(it)
