d = {1: 2, 2: 3}
for k in d:
    d[k] = 0
print(d)
for k in d:
    d.pop(k)
    d[k + 10] = 1
