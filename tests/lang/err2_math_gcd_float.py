import math
math.gcd(1.5, 2)
