import math
math.hypot("a")
