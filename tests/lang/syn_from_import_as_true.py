from math import pi as True
