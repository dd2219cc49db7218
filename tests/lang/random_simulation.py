# A seeded Monte Carlo simulation: reproducible under CPython's Mersenne Twister.
import random
random.seed(2024)
inside = 0
N = 20000
for _ in range(N):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("inside", inside, "pi estimate", 4 * inside / N)
random.seed(31337)
walk = 0
history = []
for step in range(1000):
    walk += random.choice((-1, 1))
    if step % 100 == 99:
        history.append(walk)
print(history)
random.seed(5)
population = list(range(1, 50))
random.shuffle(population)
ticket = sorted(population[:6])
print("ticket", ticket)
random.seed(8)
matrix = [[random.randint(0, 9) for _ in range(5)] for _ in range(4)]
for row in matrix:
    print(row)
random.seed(11)
s = 0.0
for _ in range(1000):
    s += random.uniform(-1, 1)
print(round(s, 9))
random.seed(3)
print([random.randrange(0, 101, 10) for _ in range(12)])
