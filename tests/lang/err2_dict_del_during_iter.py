d = {1: 2, 3: 4}
for k in d.keys():
    del d[k]
