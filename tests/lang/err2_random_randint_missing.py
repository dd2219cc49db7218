import random
random.randint(1)
