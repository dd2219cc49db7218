d = {1: 2}
for k, v in d.items():
    d[k + 1] = v
