import math
math.acos(2)
