import random
random.randrange(5, 1)
