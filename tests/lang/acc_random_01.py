import random
random.seed(12345)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(-10, 10) for _ in range(8)], random.randrange(100, 0, -7))
print([random.choice("abcdefg") for _ in range(10)], random.choice([10, 20, 30]), random.choice((1,)))
xs = list(range(15))
random.shuffle(xs)
print(xs)
print([round(random.uniform(-1, 1), 6) for _ in range(4)], random.uniform(5, 5), random.uniform(3, 1) <= 3)
random.seed(0)
a = [random.random() for _ in range(3)]
random.seed(0)
b = [random.random() for _ in range(3)]
print(a == b, a)
for s in [1, 2, 42, 2**31, 2**40 + 7, -5, 0, 999999999999]:
    random.seed(s)
    print(s, random.randint(0, 10**9), random.random())
random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(7)
print([random.randint(0, 2**32) for _ in range(3)])
print([random.randint(-2**62, 2**62) for _ in range(3)])
print([random.randrange(2**40) for _ in range(3)])

random.seed(5)
deck = [r + s for r in "A23456789TJQK" for s in "shdc"]
random.shuffle(deck)
print(deck[:13])
print(sorted(random.choice(range(100)) for _ in range(10)))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
