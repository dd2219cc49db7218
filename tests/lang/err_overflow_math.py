# Uncaught OverflowError from math.exp (CPython raises it too).
import math
for x in [1, 10, 100, 1000]:
    print(x, math.exp(x))
