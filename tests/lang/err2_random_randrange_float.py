import random
random.randrange(1.5)
