def f():
    import math
f()
math.sqrt(4)
