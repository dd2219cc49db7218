import random
random.randint(5, 1)
