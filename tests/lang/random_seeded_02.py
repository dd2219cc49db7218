# random seeded: choice, shuffle, uniform match CPython exactly.
import random
random.seed(7)
colors = ["red", "green", "blue", "yellow", "cyan"]
print([random.choice(colors) for _ in range(10)])
print(random.choice("abcdef"), random.choice((1, 2, 3)), random.choice(range(100, 200)))
deck = list(range(20))
random.shuffle(deck)
print(deck)
random.shuffle(deck)
print(deck)
words = ["w" + str(i) for i in range(8)]
random.shuffle(words)
print(words)
print([random.uniform(0, 1) for _ in range(3)])
print([round(random.uniform(-10, 10), 6) for _ in range(5)])
print(random.uniform(5, 5), random.uniform(10, 1) <= 10)
random.seed(99)
one = [1]
random.shuffle(one)
empty = []
random.shuffle(empty)
print(one, empty)
rolls = {}
for _ in range(600):
    r = random.randint(1, 6)
    rolls[r] = rolls.get(r, 0) + 1
print(sorted(rolls.items()))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
