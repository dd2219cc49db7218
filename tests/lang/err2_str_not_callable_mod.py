import math
math.pi()
