# random functions beyond the Tier 1 list (sample/choices/getrandbits work; these do not)
import random
random.seed(1)
print(random.sample(range(100), 5), random.choices("abc", k=6), random.getrandbits(40))
print(round(random.gauss(0, 1), 10), round(random.triangular(0, 10), 10), round(random.expovariate(2), 10))
r = random.Random(5)
print(r.random(), r.randint(1, 100))
