def kwonly(a, *, key, opt=1):
    return a, key, opt
print(kwonly(1, key=2), kwonly(1, opt=5, key=0))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
