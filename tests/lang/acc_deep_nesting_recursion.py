l = []
for i in range(5000):
    l = [l]
try:
    s = repr(l)
    print("repr ok", len(s))
except RecursionError as e:
    print("RecursionError", e)
a = []
b = []
for i in range(5000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError", e)
ok = [1]
for i in range(500):
    ok = [ok]
print(len(repr(ok)), ok == ok)
