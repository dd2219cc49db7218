import math
math.hypot(1, "a")
