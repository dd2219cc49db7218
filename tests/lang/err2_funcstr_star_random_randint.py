import random
random.randint(*5)
