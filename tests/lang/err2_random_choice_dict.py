import random
random.choice({})
