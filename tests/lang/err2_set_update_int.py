s = set()
s.update(3)
