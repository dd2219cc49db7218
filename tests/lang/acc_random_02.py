import random
random.seed(2024)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(0, 5)] += 1
print(counts)
walk = 0
path = []
for _ in range(30):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
random.seed(99)
grid = [[random.randrange(3) for _ in range(8)] for _ in range(4)]
for row in grid:
    print("".join(".#o"[c] for c in row))
random.seed(7)
items = list("abcdefghij")
for _ in range(3):
    random.shuffle(items)
    print("".join(items))
random.seed(1)
print(sum(random.random() for _ in range(1000)))
print(random.randrange(1, 2**16))
