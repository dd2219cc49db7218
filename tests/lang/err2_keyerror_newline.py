d = {}
d["a\nb"]
