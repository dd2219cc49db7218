import random
random.randrange(0, 10, 0)
