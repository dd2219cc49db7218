import math
math.isqrt("a")
