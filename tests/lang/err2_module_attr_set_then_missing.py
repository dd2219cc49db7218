import math
print(math.floor(2.5))
math.florr(2.5)
