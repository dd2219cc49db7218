import math
math.floor("a")
