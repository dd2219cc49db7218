import random
def draw(n):
    return [random.randint(1, 100) for _ in range(n)]
def reseed(s):
    random.seed(s)
