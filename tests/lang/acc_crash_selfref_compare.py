l = []; l.append(l)
m = []; m.append(m)
print(l == l)
try:
    print(l == m)
except RecursionError as e:
    print("RecursionError", e)
d = {}; d["d"] = d
e = {}; e["d"] = e
try:
    print(d == e)
except RecursionError as ex:
    print("RecursionError", ex)
try:
    print(l < m)
except RecursionError as ex:
    print("RecursionError", ex)
try:
    print(l in [m])
except RecursionError as ex:
    print("RecursionError", ex)
