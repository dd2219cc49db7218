import math
math.pow(10.0, 400)
