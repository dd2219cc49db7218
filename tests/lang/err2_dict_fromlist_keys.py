d = dict(a=1)
d.pop()
