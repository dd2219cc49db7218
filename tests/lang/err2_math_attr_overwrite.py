import math
math.e = 3
print(math.e)
math.sqrt = None
math.sqrt(4)
