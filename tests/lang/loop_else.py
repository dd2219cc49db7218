# for/while with else, break, continue, nested loops.
for i in range(3):
    print("for", i)
else:
    print("for else runs (no break)")
for i in range(5):
    if i == 2:
        print("break at", i)
        break
else:
    print("never")
for i in []:
    print("never")
else:
    print("else on empty loop")
n = 0
while n < 3:
    n += 1
else:
    print("while else, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n after", n)
def find(needle, haystack):
    for i, v in enumerate(haystack):
        if v == needle:
            break
    else:
        return -1
    return i
print(find(3, [1, 2, 3, 4]), find(9, [1, 2]))
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
    else:
        print("inner completed for i =", i)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print("multiple of 3:", i)
else:
    print("while ended normally")
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v > 3:
            found = v
            break
    if found is not None:
        break
print("found", found)
total = 0
for x in range(100):
    if x % 2:
        continue
    total += x
    if total > 50:
        break
print(total, x)
k = 5
while k:
    k -= 1
    if k == 2:
        continue
    print("k", k, end=";")
print()
