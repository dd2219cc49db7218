import math
math.sqrt(**{"a": 1}, **{"a": 2})
