d = {}
d.setdefault([1], 2)
