d = {}
d[None]
