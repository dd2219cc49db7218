import math
math.hypot(1e308, 1e308)
print("ok")
math.pow(1e308, 2)
