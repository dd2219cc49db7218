import math
math.pow(1)
