log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log); log.clear()
print(v(1) < v(0) < v(3), log); log.clear()
print(v(3) > v(2) > v(2), log); log.clear()
print(v(1) == v(1) != v(2) < v(5) <= v(5), log); log.clear()
print(v(1) is v(1) in [v(1)], log); log.clear()
print(v(0) or v("") or v(None), log); log.clear()
print(v(0) and v(1), v(2) and v(3), v([]) or v(4), log); log.clear()
print(v(1) if v(0) else v(2), log); log.clear()
print(not v(0) and v(5), log); log.clear()
x = 5
print(1 < x < 10, 10 < x < 20, x < 10 > 2, 0 <= x <= 5 < 6 != 7)
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) < (1, 3) <= (1, 3))
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])
print((1 < 2) < 3, 1 < (2 < 3), (5 > 4) == True, True == (5 > 4) == 1)
a = [1, 2]; b = a; c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, (a is b) is True)
print([] or {} or () or 0 or "last", 1 and [] and 3, "x" and "y" and "z", None or 0)
r = [] or [1]
r.append(2)
print(r, (0 or None) is None, (False and 1) is False, ("" or 0) == 0)
def cnt():
    cnt.n += 1
    return cnt.n
cnt.n = 0
print(0 < cnt() < 5, cnt.n)
y = None
print(y is None or y > 3, y is not None and y > 3)
print(1 < 2 == 2 > 1 >= 1, 3 > 2 > 1 > 0 > -1, 1 == 2 == 2)
print(all(i < j for i, j in zip([1, 2, 3], [2, 3, 4])), [i for i in range(10) if 2 < i < 6])
try:
    print(1 < "a" < 2)
except TypeError as e:
    print("TypeError:", e)
try:
    print(2 < 1 < "a")
    print("short-circuited")
except TypeError as e:
    print("TypeError:", e)
