import math
math.nothere = 1
print(math.nothere)
del math.nothere
del math.nothere
