import math
math.atan2("a", 1)
