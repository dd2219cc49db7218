import math
print(math.atan(float("nan")))
math.exp(710)
