# Nested loops with break/continue at several levels, flags, loops over changing data.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j, end=" | ")
    print()
target = 12
found = []
for a in range(1, 13):
    for b in range(a, 13):
        if a * b == target:
            found.append((a, b))
        if a * b > target:
            break
print(found)
queue = [1]
seen = []
while queue:
    n = queue.pop(0)
    if n in seen or n > 20:
        continue
    seen.append(n)
    queue.append(n * 2)
    queue.append(n + 3)
print(seen)
data = [5, 3, 8, 1]
for x in data[:]:
    if x < 4:
        data.remove(x)
print(data)
i = 0
out = []
while i < 5:
    j = 0
    while j < 5:
        if j == i:
            j += 1
            continue
        if j > 3:
            break
        out.append(str(i) + str(j))
        j += 1
    i += 1
print(out)
count = 0
for x in range(3):
    for y in range(3):
        for z in range(3):
            if x == y == z:
                continue
            if x + y + z > 4:
                break
            count += 1
print(count)
grid = ["#..#", ".##.", "...#"]
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            print("wall at", r, c)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
    if steps > 1000:
        break
else:
    print("while loop ended normally")
print("collatz steps", steps)
