d = {1: 2}
for v in d.values():
    d.pop(1)
