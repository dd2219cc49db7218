import math
math.floor(float("nan"))
