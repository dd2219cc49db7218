# Slice assignment and deletion on lists.
a = list(range(10))
a[2:5] = ["a", "b", "c"]
print(a)
a[2:5] = []
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = [7]
print(a)
a[-2:] = [8, 9, 10, 11]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
b = list(range(8))
b[::-3] = ["x", "y", "z"]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[0]
print(c)
del c[-1]
print(c)
del c[2:4]
print(c)
del c[::2]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[:] = "xyz"
print(d)
e = [1, 2, 3, 4]
e[1:3] = range(5)
print(e)
