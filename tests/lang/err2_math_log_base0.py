import math
math.log(2, 0)
