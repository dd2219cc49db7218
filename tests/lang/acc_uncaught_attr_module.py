import math
print(math.tau_nope)
