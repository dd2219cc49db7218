import math as m
m.nope
