import math
math.sqrt(*5)
