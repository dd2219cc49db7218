d = {}
d.pop(1)
