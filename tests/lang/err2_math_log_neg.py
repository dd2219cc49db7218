import math
math.log(-5)
