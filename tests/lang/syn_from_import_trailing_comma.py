from math import a,
