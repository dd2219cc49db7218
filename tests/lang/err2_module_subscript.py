import math
math[0]
