import math
x = 1 in math
